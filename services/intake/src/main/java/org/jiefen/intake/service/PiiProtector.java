package org.jiefen.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jiefen.intake.config.PiiConfig;
import org.jiefen.intake.domain.ProtectedValue;

/**
 * Encrypts personal numbers with AES-256-GCM (random 96-bit nonce stored before the ciphertext) and
 * hashes them with HMAC-SHA256 so exact-match search works without decrypting. The JDK's own
 * providers do both; no extra library is needed (ADR 0004).
 */
@ApplicationScoped
public class PiiProtector {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec hashKey;
  private final SecureRandom random = new SecureRandom();

  PiiProtector(PiiConfig config) {
    this.encryptionKey = key(config.encryptionKey(), "AES");
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
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  public String decrypt(String stored) {
    try {
      byte[] all = Base64.getDecoder().decode(stored);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      return new String(
          cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot decrypt a stored personal number", e);
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
