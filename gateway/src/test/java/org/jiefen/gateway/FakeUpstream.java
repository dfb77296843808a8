package org.jiefen.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server standing in for intake: it echoes what arrived (method, path, query, headers,
 * body) and answers 201 with a Location, so the test sees both directions; a path ending in /stall
 * is never answered. The routing service's route points at a port where nothing listens.
 */
public class FakeUpstream implements QuarkusTestResourceLifecycleManager {

  private Vertx vertx;

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    HttpServer server =
        vertx
            .createHttpServer()
            .requestHandler(
                req -> {
                  if (req.path().endsWith("/stall")) {
                    return; // a service that stopped answering: the request is read, never answered
                  }
                  req.body()
                      .onSuccess(
                          body ->
                              req.response()
                                  .setStatusCode(201)
                                  .putHeader("Location", "/api/v1/disputes/42")
                                  .putHeader("Content-Type", "application/json")
                                  .end(
                                      new JsonObject()
                                          .put("method", req.method().name())
                                          .put("path", req.path())
                                          .put("query", req.query())
                                          .put("authorization", req.getHeader("Authorization"))
                                          .put("idempotencyKey", req.getHeader("Idempotency-Key"))
                                          .put("forwardedHost", req.getHeader("X-Forwarded-Host"))
                                          .put("requestId", req.getHeader("X-Request-Id"))
                                          .put("body", body.toString())
                                          .encode()));
                });
    try {
      server
          .listen(0, "127.0.0.1")
          .toCompletionStage()
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
      int closedPort;
      try (ServerSocket socket = new ServerSocket(0)) {
        closedPort = socket.getLocalPort();
      }
      return Map.of(
          "jiefen.gateway.routes.intake.url", "http://127.0.0.1:" + server.actualPort(),
          "jiefen.gateway.routes.routing.url", "http://127.0.0.1:" + closedPort);
    } catch (Exception e) {
      throw new IllegalStateException("fake upstream did not start", e);
    }
  }

  @Override
  public void stop() {
    vertx.close();
  }
}
