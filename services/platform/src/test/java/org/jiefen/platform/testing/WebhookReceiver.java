package org.jiefen.platform.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A partner's webhook endpoint on 127.0.0.1: records each request, answers scripted statuses. */
public final class WebhookReceiver implements AutoCloseable {

  public record Received(Map<String, String> headers, String body, int answered) {}

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
  private volatile int otherwise = 200;

  public WebhookReceiver() throws IOException {
    this(0);
  }

  /** Listens on the given port of 127.0.0.1 (0: any free one). */
  public WebhookReceiver(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          Integer scripted = script.poll();
          int status = scripted != null ? scripted : otherwise;
          received.add(
              new Received(
                  Map.of(
                      "signature", header(exchange, "X-Jiefen-Signature"),
                      "delivery", header(exchange, "X-Jiefen-Delivery"),
                      "event", header(exchange, "X-Jiefen-Event")),
                  new String(body, StandardCharsets.UTF_8),
                  status));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  private static String header(com.sun.net.httpserver.HttpExchange exchange, String name) {
    String value = exchange.getRequestHeaders().getFirst(name);
    return value == null ? "" : value;
  }

  public String url() {
    return urlAt(server.getAddress().getPort());
  }

  /** The URL a receiver on {@code port} answers at, also before it runs (a receiver "down"). */
  public static String urlAt(int port) {
    return "http://127.0.0.1:" + port + "/jiefen/callback";
  }

  /** A port nothing listens on right now. */
  public static int freePort() throws IOException {
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The next answers, in order; after them every request gets {@code otherwise}. */
  public WebhookReceiver answer(int otherwise, Integer... next) {
    this.otherwise = otherwise;
    script.clear();
    script.addAll(java.util.List.of(next));
    return this;
  }

  public Received next(Duration timeout) throws InterruptedException {
    Received r = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (r == null) {
      throw new AssertionError("no webhook request within " + timeout);
    }
    return r;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
