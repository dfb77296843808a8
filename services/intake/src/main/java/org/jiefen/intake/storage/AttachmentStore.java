package org.jiefen.intake.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment bytes live, addressed by their SHA-256. The local runtime keeps them on disk; a
 * deployment may put an object store behind the same interface.
 */
public interface AttachmentStore {

  /** Stores the file's bytes under their hash; storing the same content again changes nothing. */
  void put(String sha256, Path source) throws IOException;

  /** The bytes stored under the hash; {@link java.nio.file.NoSuchFileException} if none. */
  InputStream open(String sha256) throws IOException;
}
