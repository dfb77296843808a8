package org.jiefen.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void theSignatureIsHmacSha256OfTimestampDotBody() {
    assertEquals(
        "t=1764000000,v1=" + WebhookSignature.hmac("secret", "1764000000.{\"a\":1}"),
        WebhookSignature.header("secret", Instant.ofEpochSecond(1764000000), "{\"a\":1}"));
    // RFC 4231-style published vector (HMAC-SHA256, key "key"): the MAC itself is standard.
    assertEquals(
        "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
        WebhookSignature.hmac("key", "The quick brown fox jumps over the lazy dog"));
  }

  @Test
  void verifyAcceptsTheSignedBodyOnlyWithTheRightSecret() {
    String header = WebhookSignature.header("s3cret", Instant.now(), "{\"status\":\"ROUTED\"}");
    assertTrue(WebhookSignature.verify("s3cret", header, "{\"status\":\"ROUTED\"}"));
    assertFalse(WebhookSignature.verify("other", header, "{\"status\":\"ROUTED\"}"));
    assertFalse(WebhookSignature.verify("s3cret", header, "{\"status\":\"CLOSED\"}"));
    assertFalse(WebhookSignature.verify("s3cret", "v1=abc", "{}"));
    assertFalse(WebhookSignature.verify("s3cret", null, "{}"));
  }

  @Test
  void retriesDoubleUpToTheCapAndStopAfterTheLastAttempt() {
    RetrySchedule s = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);
    assertEquals(Duration.ofSeconds(30), s.delayAfter(1));
    assertEquals(Duration.ofSeconds(60), s.delayAfter(2));
    assertEquals(Duration.ofSeconds(120), s.delayAfter(3));
    assertEquals(Duration.ofSeconds(240), s.delayAfter(4));
    assertEquals(Duration.ofMinutes(5), s.delayAfter(5));
    assertNull(s.delayAfter(6));
  }
}
