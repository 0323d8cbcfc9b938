package org.parallax.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.HandlerType;
import org.junit.jupiter.api.Test;

class RequestGuardTest {

  @Test
  void bearerTokenIsParsedStrictly() {
    assertEquals("abc", RequestGuard.bearer("Bearer abc"));
    assertEquals("abc", RequestGuard.bearer("bearer   abc "));
    assertNull(RequestGuard.bearer("Basic abc"));
    assertNull(RequestGuard.bearer("Bearerabc"));
    assertNull(RequestGuard.bearer(null));
  }

  @Test
  void hostHeaderNames() {
    assertEquals("localhost", RequestGuard.hostName("LOCALHOST:8080"));
    assertEquals("127.0.0.1", RequestGuard.hostName("127.0.0.1"));
    assertEquals("[::1]", RequestGuard.hostName("[::1]:8080"));
    assertEquals("evil.example", RequestGuard.hostName("evil.example:80"));
    assertEquals("", RequestGuard.hostName(null));
  }

  @Test
  void loopbackAddressesWithoutDnsLookups() {
    assertTrue(RequestGuard.isLoopback("127.0.0.1"));
    assertTrue(RequestGuard.isLoopback("127.8.9.10"));
    assertTrue(RequestGuard.isLoopback("[::1]"));
    assertTrue(RequestGuard.isLoopback("0:0:0:0:0:0:0:1"));
    assertFalse(RequestGuard.isLoopback("10.0.0.1"));
    assertFalse(RequestGuard.isLoopback("192.168.1.20"));
    assertFalse(RequestGuard.isLoopback("loopback.evil.example"));
    assertFalse(RequestGuard.isLoopback(""));
  }

  @Test
  void onlySafeMethodsAreReads() {
    assertFalse(RequestGuard.isWrite(HandlerType.GET));
    assertFalse(RequestGuard.isWrite(HandlerType.HEAD));
    assertTrue(RequestGuard.isWrite(HandlerType.POST));
    assertTrue(RequestGuard.isWrite(HandlerType.DELETE));
    assertTrue(RequestGuard.isWrite(HandlerType.PUT));
  }
}
