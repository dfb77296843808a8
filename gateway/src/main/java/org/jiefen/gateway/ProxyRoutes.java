package org.jiefen.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
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

  ProxyRoutes(GatewayConfig config) {
    this.table = new RouteTable(config.routes());
  }

  void register(@Observes Router router, Vertx vertx) {
    HttpProxy proxy =
        HttpProxy.reverseProxy(
                vertx.createHttpClient(
                    new HttpClientOptions().setConnectTimeout(3_000).setKeepAlive(true)))
            .originSelector(
                request ->
                    table
                        .resolve(request.path())
                        .map(
                            u ->
                                Future.succeededFuture(
                                    SocketAddress.inetSocketAddress(u.port(), u.host())))
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
