package org.jiefen.intake;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.intake.domain.Masking;
import org.jiefen.intake.service.PiiRekeying;
import org.jiefen.platform.crypto.SecretBox;
import org.jiefen.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A key rotation while intake serves: the test profile runs with new keys and the replaced ones
 * configured as previous (application.properties). A party row written before the rotation — under
 * the old keys — is still found by duplicate detection, and the re-keying job protects it again
 * under the new keys, after which the old keys are no longer needed to read it.
 */
@QuarkusTest
class PiiRotationIT {

  static final String ID_NUMBER = "11010519491231002X";

  @Inject EntityManager em;
  @Inject PiiRekeying rekeying;

  @ConfigProperty(name = "jiefen.pii.encryption-key")
  String key;

  @ConfigProperty(name = "jiefen.pii.hash-key")
  String hashKey;

  @ConfigProperty(name = "jiefen.pii.previous-encryption-keys")
  List<String> oldKeys;

  @ConfigProperty(name = "jiefen.pii.previous-hash-key")
  String oldHashKey;

  @Test
  void aRowUnderTheOldKeysIsStillMatchedThenReKeyedUnderTheNewOnes() {
    String respondent = "旧密钥物业公司" + UUID.randomUUID().toString().substring(0, 6);
    String before =
        IntakeIT.create(TestTokens.gridMinle(), IntakeIT.body(ID_NUMBER, "欠薪", respondent), null)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // as it was stored before the rotation: sealed and hashed under the old keys, no key pair noted
    String oldSealed = new SecretBox(oldKeys.get(0)).encrypt(ID_NUMBER);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update party set id_number_enc = ?1, id_number_hash = ?2, pii_keys = null"
                            + " where dispute_id = ?3 and role = 'APPLICANT'")
                    .setParameter(1, oldSealed)
                    .setParameter(2, hmac(oldHashKey, ID_NUMBER))
                    .setParameter(3, before)
                    .executeUpdate());

    // mid-rotation: the repeat of that report is matched through the old hash
    IntakeIT.create(TestTokens.gridMinle(), IntakeIT.body(ID_NUMBER, "再次反映欠薪", respondent), null)
        .then()
        .statusCode(201)
        .body("status", equalTo("LINKED"));

    // the scheduled job re-keys it (every 2 s in the test profile)
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertEquals(0, rekeying.remaining(), "rows under earlier keys"));
    Object[] row =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (Object[])
                        em.createNativeQuery(
                                "select id_number_enc, id_number_hash, pii_keys, id_number_masked"
                                    + " from party where dispute_id = ?1 and role = 'APPLICANT'")
                            .setParameter(1, before)
                            .getSingleResult());
    String sealed = (String) row[0];
    assertNotEquals(oldSealed, sealed);
    assertEquals(ID_NUMBER, new SecretBox(key).decrypt(sealed), "readable with the new key alone");
    assertThrows(IllegalStateException.class, () -> new SecretBox(oldKeys.get(0)).decrypt(sealed));
    assertEquals(hmac(hashKey, ID_NUMBER), row[1], "hashed with the new hash key");
    assertEquals(
        new SecretBox(key).keyId() + "." + SecretBox.idOf(Base64.getDecoder().decode(hashKey)),
        row[2]);
    assertEquals(Masking.idNumber(ID_NUMBER), row[3], "the mask is unchanged");
  }

  private static String hmac(String base64Key, String plain) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
