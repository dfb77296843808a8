package org.jiefen.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Registers /api/v1/* on Quarkus' router and hands each request to vertx-http-proxy (ADR 0003),
 * which streams method, path, query, headers (Authorization included) and body to the owning
 * service and the response back.
 */
@ApplicationScoped
public class ProxyRoutes {

  private final RouteTable table;
  private final GatewayConfig.Upstream upstream;

  ProxyRoutes(GatewayConfig config) {
    this.table = new RouteTable(config.routes());
    this.upstream = config.upstream();
  }

  void register(@Observes Router router, Vertx vertx) {
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions().setConnectTimeout(3_000).setKeepAlive(true),
            new PoolOptions()
                .setHttp1MaxSize(upstream.maxConnections())
                .setMaxWaitQueueSize(upstream.maxWaiting()));
    // Every request carries an idle timeout: without one a service that stopped answering held its
    // pooled connection for ever, and once the load benchmark's clients gave up on a slow intake
    // the five connections stayed taken and every later /api/v1/disputes request hung (ADR 0003).
    long timeoutMillis = upstream.timeout().toMillis();
    HttpProxy proxy =
        HttpProxy.reverseProxy(client)
            .originRequestProvider(
                (request, http) ->
                    table
                        .resolve(request.path())
                        .map(
                            u ->
                                http.request(
                                    new RequestOptions()
                                        .setServer(
                                            SocketAddress.inetSocketAddress(u.port(), u.host()))
                                        .setIdleTimeout(timeoutMillis)))
                        .orElseGet(() -> Future.failedFuture("no route")));
    proxy.addInterceptor(new ForwardingInterceptor());
    router.route("/api/v1/*").handler(ctx -> forward(ctx, proxy));
  }

  private void forward(RoutingContext ctx, HttpProxy proxy) {
    String path = ctx.normalizedPath();
    if (table.resolve(path).isEmpty()) {
      ctx.response()
          .setStatusCode(404)
          .putHeader("Content-Type", Problems.MEDIA_TYPE)
          .end(Problems.of(404, "Not Found", "no service owns this path", path));
      return;
    }
    proxy.handle(ctx.request());
  }
}
