package org.jiefen.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jiefen.intake.config.PiiConfig;
import org.jiefen.intake.domain.ProtectedValue;
import org.jiefen.platform.crypto.SecretBox;

/**
 * Encrypts personal numbers with AES-256-GCM (the platform's SecretBox) and hashes them with
 * HMAC-SHA256 so exact-match search works without decrypting. The JDK's own providers do both; no
 * extra library is needed (ADR 0004).
 */
@ApplicationScoped
public class PiiProtector {

  private final SecretBox box;
  private final SecretKeySpec hashKey;

  PiiProtector(PiiConfig config) {
    this.box = new SecretBox(config.encryptionKey());
    this.hashKey = key(config.hashKey(), "HmacSHA256");
  }

  public ProtectedValue protect(String plain, UnaryOperator<String> mask) {
    return plain == null
        ? null
        : new ProtectedValue(encrypt(plain), hash(plain), mask.apply(plain));
  }

  public String hash(String plain) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashKey);
      return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  public String encrypt(String plain) {
    return box.encrypt(plain);
  }

  public String decrypt(String stored) {
    return box.decrypt(stored);
  }

  private static SecretKeySpec key(String base64, String algorithm) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    if (bytes.length != 32) {
      throw new IllegalArgumentException("jiefen.pii keys must be 32 bytes, base64-encoded");
    }
    return new SecretKeySpec(bytes, algorithm);
  }
}
