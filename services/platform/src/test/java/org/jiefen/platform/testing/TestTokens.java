package org.jiefen.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bearer tokens signed with the committed test key, shaped like the tokens of the jiefen realm
 * (realm_access.roles, org_unit, court_code, partner_platform). Services verify them with the
 * matching public key from META-INF/microprofile-config.properties — a real signature check.
 */
public final class TestTokens {

  public static final String ISSUER = "https://test.jiefen.invalid/realms/jiefen";
  private static final String KEY = "jiefen-test-private-key.pem";

  private TestTokens() {}

  public static String user(String username, String orgUnit, String... roles) {
    return sign(base(username, roles).claim("org_unit", orgUnit));
  }

  public static String gridMinle() {
    return user("grid.minle", "longhua.minzhi.minle", "grid-mediator");
  }

  public static String staffMinle() {
    return user("staff.minle", "longhua.minzhi.minle", "center-staff");
  }

  public static String staffBaishilong() {
    return user("staff.baishilong", "longhua.minzhi.baishilong", "center-staff");
  }

  public static String staffMinzhi() {
    return user("staff.minzhi", "longhua.minzhi", "center-staff");
  }

  public static String staffGuanlan() {
    return user("staff.guanlan", "longhua.guanlan", "center-staff");
  }

  public static String staffDistrict() {
    return user("staff.district", "longhua", "center-staff");
  }

  public static String admin() {
    return user("admin.jiefen", "longhua", "admin");
  }

  public static String court(String courtCode) {
    return sign(
        base("service-account-" + courtCode, "court")
            .claim("azp", courtCode)
            .claim("court_code", courtCode));
  }

  public static String partner(String clientId, String platform) {
    return sign(
        base("service-account-" + clientId, "partner")
            .claim("azp", clientId)
            .claim("org_unit", "longhua")
            .claim("partner_platform", platform));
  }

  /** A token signed by a key the services do not trust. */
  public static String forged() {
    return Jwt.issuer(ISSUER)
        .subject("intruder")
        .claim("org_unit", "longhua")
        .claim("realm_access", Map.of("roles", List.of("admin")))
        .expiresIn(600)
        .jws()
        .keyId("other")
        .signWithSecret("a-secret-that-is-long-enough-for-hs256-0123456789");
  }

  private static JwtClaimsBuilder base(String username, String... roles) {
    return Jwt.issuer(ISSUER)
        .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
        .claim("preferred_username", username)
        .claim("realm_access", Map.of("roles", List.of(roles)))
        .expiresIn(600);
  }

  private static String sign(JwtClaimsBuilder claims) {
    return claims.jws().keyId("jiefen-test").sign(KEY);
  }
}
