package org.jiefen.platform.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook deliveries so the receiver can tell they come from Jiefen and were not altered or
 * replayed later: header {@code X-Jiefen-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.body" with the shared secret>}. Receivers recompute it and reject old timestamps.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Jiefen-Signature";

  private WebhookSignature() {}

  public static String header(String secret, Instant at, String body) {
    long t = at.getEpochSecond();
    return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
  }

  /** True when the header is a valid signature of the body with the secret (constant time). */
  public static boolean verify(String secret, String header, String body) {
    if (header == null) {
      return false;
    }
    String t = null;
    String v1 = null;
    for (String part : header.split(",")) {
      if (part.startsWith("t=")) {
        t = part.substring(2);
      } else if (part.startsWith("v1=")) {
        v1 = part.substring(3);
      }
    }
    if (t == null || v1 == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII),
        v1.getBytes(StandardCharsets.US_ASCII));
  }

  static String hmac(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
