package org.jiefen.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jiefen.intake.config.PiiConfig;
import org.jiefen.intake.domain.ProtectedValue;
import org.jiefen.platform.crypto.SecretBox;

/**
 * Encrypts personal numbers with AES-256-GCM (the platform's SecretBox) and hashes them with
 * HMAC-SHA256 so exact-match search works without decrypting. The JDK's own providers do both; no
 * extra library is needed (ADR 0004). Both keys rotate (ADR 0023): earlier encryption keys still
 * decrypt, and an earlier hash key is still searched, until {@code PiiRekeying} has re-sealed every
 * row under the current pair, named by {@link #keysId()}.
 */
@ApplicationScoped
public class PiiProtector {

  private final SecretBox box;
  private final SecretKeySpec hashKey;
  private final Optional<SecretKeySpec> previousHashKey;
  private final String keysId;

  PiiProtector(PiiConfig config) {
    this.box =
        new SecretBox(config.encryptionKey(), config.previousEncryptionKeys().orElse(List.of()));
    this.hashKey = key(config.hashKey(), "HmacSHA256");
    this.previousHashKey = config.previousHashKey().map(k -> key(k, "HmacSHA256"));
    this.keysId = box.keyId() + "." + SecretBox.idOf(hashKey.getEncoded());
  }

  public ProtectedValue protect(String plain, UnaryOperator<String> mask) {
    return plain == null
        ? null
        : new ProtectedValue(
            encrypt(plain), hash(plain), mask.apply(plain), searchHashes(plain), keysId);
  }

  /**
   * A stored value protected again under the current keys: re-sealed (unless the current key sealed
   * it already) and hashed with the current hash key; the mask does not change.
   */
  public ProtectedValue reprotect(String ciphertext, String masked) {
    String plain = decrypt(ciphertext);
    return new ProtectedValue(
        resealed(ciphertext), hash(plain), masked, searchHashes(plain), keysId);
  }

  /** The pair of keys new rows are protected with: "encryption key id.hash key id". */
  public String keysId() {
    return keysId;
  }

  public String hash(String plain) {
    return hmac(hashKey, plain);
  }

  /** What a search for {@code plain} must match: its hash under the current and earlier key. */
  public List<String> searchHashes(String plain) {
    List<String> hashes = new ArrayList<>(List.of(hash(plain)));
    previousHashKey.ifPresent(k -> hashes.add(hmac(k, plain)));
    return hashes;
  }

  public String encrypt(String plain) {
    return box.encrypt(plain);
  }

  public String decrypt(String stored) {
    return box.decrypt(stored);
  }

  /** The stored value under the current encryption key; itself when it already is. */
  public String resealed(String stored) {
    return box.resealed(stored);
  }

  private static String hmac(SecretKeySpec key, String plain) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  private static SecretKeySpec key(String base64, String algorithm) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    if (bytes.length != 32) {
      throw new IllegalArgumentException("jiefen.pii keys must be 32 bytes, base64-encoded");
    }
    return new SecretKeySpec(bytes, algorithm);
  }
}
