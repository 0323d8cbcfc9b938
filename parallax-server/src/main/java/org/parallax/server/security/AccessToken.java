package org.parallax.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;

/**
 * The bearer token that write endpoints require. It is made once with {@link SecureRandom} (256
 * bits, URL-safe Base64) and kept in a file of the corpus directory that only its owner may read.
 *
 * @param value the token
 * @param file where it is stored
 * @param created whether this call made it (so the caller prints it once)
 */
public record AccessToken(String value, Path file, boolean created) {

  /** The token file's name inside the corpus directory. */
  public static final String FILE_NAME = "server.token";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  public AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(file, "file");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an empty token");
    }
  }

  /**
   * The token stored in {@code corpusDir}, made and stored first when there is none.
   *
   * @throws IOException when the directory or file cannot be read or written
   */
  public static AccessToken loadOrCreate(Path corpusDir) throws IOException {
    Files.createDirectories(corpusDir);
    Path file = corpusDir.resolve(FILE_NAME);
    if (Files.exists(file)) {
      return new AccessToken(read(file), file, false);
    }
    String token = generate();
    try {
      write(file, token);
    } catch (FileAlreadyExistsException raced) {
      return new AccessToken(read(file), file, false);
    }
    return new AccessToken(token, file, true);
  }

  /** A fresh random token. */
  public static String generate() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code candidate} equals the token, compared in constant time. */
  public boolean matches(String candidate) {
    if (candidate == null) {
      return false;
    }
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  private static String read(Path file) throws IOException {
    String token = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (token.isEmpty()) {
      throw new IOException(file + " is empty: delete it to make a new token");
    }
    return token;
  }

  private static void write(Path file, String token) throws IOException {
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (posix) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } else {
      Files.createFile(file);
    }
    Files.writeString(
        file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    if (posix) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
  }
}
