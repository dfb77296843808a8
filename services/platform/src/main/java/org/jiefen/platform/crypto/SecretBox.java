package org.jiefen.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for short secrets kept in a database (personal numbers, webhook secrets): a random
 * 96-bit nonce per value, stored before the ciphertext, all base64. The JDK's own provider does it.
 *
 * <p>Rotation: one key encrypts, earlier keys still decrypt. The stored format carries no key
 * identifier (values written before rotation existed must keep working), so decryption tries the
 * current key, then each earlier one; GCM's tag makes a wrong key fail cleanly rather than return
 * garbage. Callers that re-encrypt old values track which key sealed a row with {@link #keyId()}.
 */
public final class SecretBox {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final List<SecretKeySpec> earlier;
  private final String keyId;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param base64Key 32 random bytes, base64 — from configuration, never from git but for demos
   */
  public SecretBox(String base64Key) {
    this(base64Key, List.of());
  }

  /**
   * @param base64Key the key that encrypts
   * @param earlierBase64Keys keys of earlier rotations, newest first: they only decrypt
   */
  public SecretBox(String base64Key, List<String> earlierBase64Keys) {
    this.key = aesKey(base64Key);
    this.earlier = new ArrayList<>();
    for (String k : earlierBase64Keys) {
      earlier.add(aesKey(k));
    }
    this.keyId = idOf(key.getEncoded());
  }

  /**
   * A short public name of the encrypting key: the first 8 hex digits of its SHA-256. It tells rows
   * sealed under different keys apart and reveals nothing usable about the key.
   */
  public String keyId() {
    return keyId;
  }

  public String encrypt(String plain) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  public String decrypt(String stored) {
    byte[] all = Base64.getDecoder().decode(stored);
    String plain = open(key, all);
    for (int i = 0; plain == null && i < earlier.size(); i++) {
      plain = open(earlier.get(i), all);
    }
    if (plain == null) {
      throw new IllegalStateException("cannot decrypt a stored secret (wrong key or altered)");
    }
    return plain;
  }

  /** The stored value sealed under the current key; itself when it already is. */
  public String resealed(String stored) {
    return open(key, Base64.getDecoder().decode(stored)) != null
        ? stored
        : encrypt(decrypt(stored));
  }

  /** The plaintext, or null when this key did not seal the value (or it was altered). */
  private static String open(SecretKeySpec candidate, byte[] all) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, candidate, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      return new String(
          cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      return null;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // too short to hold a nonce and a tag: not something any key sealed
      return null;
    }
  }

  /** The short public name of a key (see {@link #keyId()}); for HMAC keys too. */
  public static String idOf(byte[] keyBytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBytes);
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static SecretKeySpec aesKey(String base64Key) {
    byte[] bytes = Base64.getDecoder().decode(base64Key);
    if (bytes.length != 32) {
      throw new IllegalArgumentException("the key must be 32 bytes, base64-encoded");
    }
    return new SecretKeySpec(bytes, "AES");
  }
}
