package org.jiefen.intake.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "jiefen.pii")
public interface PiiConfig {
  /** Base64 of a 32-byte AES key. */
  String encryptionKey();

  /** Base64 of a 32-byte HMAC-SHA256 key, distinct from the encryption key. */
  String hashKey();
}
