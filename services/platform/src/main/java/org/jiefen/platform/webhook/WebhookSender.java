package org.jiefen.platform.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * POSTs one signed JSON delivery with the JDK's HTTP client. Redirects are not followed (a receiver
 * that moved registers its new URL); only a 2xx answer counts as delivered.
 */
public final class WebhookSender {

  /** What one attempt came to: the HTTP status (0 when none arrived) and the error, if any. */
  public record Result(int httpStatus, String error, long millis) {
    public boolean delivered() {
      return httpStatus >= 200 && httpStatus < 300;
    }
  }

  private final HttpClient client;
  private final Duration timeout;

  public WebhookSender(Duration connectTimeout, Duration timeout) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.timeout = timeout;
  }

  public Result post(String url, String deliveryId, String eventName, String secret, String body) {
    long start = System.nanoTime();
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(timeout)
              .header("Content-Type", "application/json; charset=utf-8")
              .header("User-Agent", "Jiefen-Webhooks/1")
              .header("X-Jiefen-Delivery", deliveryId)
              .header("X-Jiefen-Event", eventName)
              .header(WebhookSignature.HEADER, WebhookSignature.header(secret, Instant.now(), body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return new Result(
          status, status >= 200 && status < 300 ? null : "answered HTTP " + status, since(start));
    } catch (IOException | IllegalArgumentException e) {
      return new Result(0, e.getClass().getSimpleName() + ": " + e.getMessage(), since(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(0, "interrupted", since(start));
    }
  }

  private static long since(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
