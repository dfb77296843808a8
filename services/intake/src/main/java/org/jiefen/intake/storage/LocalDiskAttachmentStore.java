package org.jiefen.intake.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Content-addressed files under one directory ({@code ab/cd/abcd…}). A file appears under its final
 * name only complete: it is copied to a temporary name beside it and moved atomically.
 */
@ApplicationScoped
public class LocalDiskAttachmentStore implements AttachmentStore {

  private final Path root;

  LocalDiskAttachmentStore(@ConfigProperty(name = "jiefen.intake.attachments.dir") Path root) {
    this.root = root;
  }

  @Override
  public void put(String sha256, Path source) throws IOException {
    Path target = pathOf(sha256);
    if (Files.exists(target)) {
      return;
    }
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
    try {
      Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    return Files.newInputStream(pathOf(sha256));
  }

  private Path pathOf(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 hex digest");
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }
}
