package org.parallax.bench.extraction;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks a benchmark's {@code .tar.xz} once into the system temporary folder and reuses it on
 * later runs (a marker file records a finished unpack).
 */
final class Archives {

  private Archives() {}

  /** The folder holding the unpacked archive, unpacking it first when needed. */
  static Path unpacked(Path archive) throws IOException {
    String name = archive.getFileName().toString().replace(".tar.xz", "");
    Path dir =
        Path.of(
            System.getProperty("java.io.tmpdir"),
            "parallax-bench",
            name + "-" + Files.size(archive));
    Path done = dir.resolve(".unpacked");
    if (Files.exists(done)) {
      return dir;
    }
    Files.createDirectories(dir);
    try (InputStream in =
            new XZCompressorInputStream(new BufferedInputStream(Files.newInputStream(archive)));
        TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path target = dir.resolve(e.getName()).normalize();
        if (!target.startsWith(dir) || e.isSymbolicLink() || e.isLink()) {
          continue;
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.createFile(done);
    return dir;
  }
}
