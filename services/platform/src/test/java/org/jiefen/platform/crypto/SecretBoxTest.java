package org.jiefen.platform.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  @Test
  void aValueComesBackAndTheSameValueNeverEncryptsTheSameWay() {
    SecretBox box = new SecretBox(KEY);
    String a = box.encrypt("440306199001011236");
    String b = box.encrypt("440306199001011236");
    assertNotEquals(a, b, "a fresh nonce each time");
    assertEquals("440306199001011236", box.decrypt(a));
  }

  @Test
  void anAlteredCiphertextOrAnotherKeyIsRefused() {
    String sealed = new SecretBox(KEY).encrypt("秘密");
    byte[] bytes = Base64.getDecoder().decode(sealed);
    bytes[bytes.length - 1] ^= 1;
    String altered = Base64.getEncoder().encodeToString(bytes);
    assertThrows(IllegalStateException.class, () -> new SecretBox(KEY).decrypt(altered));
    byte[] other = new byte[32];
    other[0] = 1;
    assertThrows(
        IllegalStateException.class,
        () -> new SecretBox(Base64.getEncoder().encodeToString(other)).decrypt(sealed));
    assertThrows(IllegalArgumentException.class, () -> new SecretBox("c2hvcnQ="));
  }

  @Test
  void afterARotationTheNewKeyEncryptsAndTheOldOneStillDecrypts() {
    byte[] other = new byte[32];
    other[31] = 7;
    String newKey = Base64.getEncoder().encodeToString(other);
    String oldValue = new SecretBox(KEY).encrypt("440306199001011236");
    SecretBox rotated = new SecretBox(newKey, List.of(KEY));

    assertEquals("440306199001011236", rotated.decrypt(oldValue));
    String resealed = rotated.resealed(oldValue);
    assertNotEquals(oldValue, resealed);
    assertEquals("440306199001011236", new SecretBox(newKey).decrypt(resealed), "new key alone");
    assertSame(resealed, rotated.resealed(resealed), "already under the new key: left as it is");
    assertThrows(IllegalStateException.class, () -> new SecretBox(KEY).decrypt(resealed));
    assertNotEquals(new SecretBox(KEY).keyId(), rotated.keyId());
    assertEquals(8, rotated.keyId().length());
  }
}
