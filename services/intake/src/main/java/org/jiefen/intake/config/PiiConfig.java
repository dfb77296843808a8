package org.jiefen.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** The field-encryption keys, and during a rotation the keys they replace (docs/deploy.md). */
@ConfigMapping(prefix = "jiefen.pii")
public interface PiiConfig {
  /** Base64 of a 32-byte AES key. */
  String encryptionKey();

  /** Base64 of a 32-byte HMAC-SHA256 key, distinct from the encryption key. */
  String hashKey();

  /** Keys replaced by {@link #encryptionKey()}, newest first: they only decrypt. */
  Optional<List<String>> previousEncryptionKeys();

  /** The hash key replaced by {@link #hashKey()}: searches match under both until re-keyed. */
  Optional<String> previousHashKey();

  /** How often PiiRekeying looks for rows under earlier keys (read by its {@code @Scheduled}). */
  @WithDefault("60s")
  String rekeyInterval();

  /** How long after start PiiRekeying first looks. */
  @WithDefault("30s")
  String rekeyDelay();

  /** Rows per re-keying transaction. */
  @WithDefault("200")
  int rekeyBatch();
}
