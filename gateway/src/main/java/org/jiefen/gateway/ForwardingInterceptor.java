package org.jiefen.gateway;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Tells the service who called (X-Forwarded-*, so its Location headers name the gateway), tags
 * every exchange with an X-Request-Id, and turns an unreachable service into a 502 problem.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

  static final String REQUEST_ID = "X-Request-Id";
  private static final Logger LOG = Logger.getLogger(ForwardingInterceptor.class);

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    ProxyRequest request = context.request();
    HttpServerRequest incoming = request.proxiedRequest();
    String requestId = incoming.getHeader(REQUEST_ID);
    if (requestId == null || requestId.isBlank() || requestId.length() > 100) {
      requestId = UUID.randomUUID().toString();
    }
    context.set(REQUEST_ID, requestId);
    request.headers().set(REQUEST_ID, requestId);
    request.headers().set("X-Forwarded-Host", incoming.authority().toString());
    request.headers().set("X-Forwarded-Proto", incoming.scheme());
    request.headers().set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
    String path = incoming.path();
    return context
        .sendRequest()
        .recover(
            failure -> {
              LOG.warnf("upstream for %s failed: %s", path, failure.getMessage());
              return Future.succeededFuture(problem(request, UpstreamFailure.of(failure), path));
            });
  }

  private static ProxyResponse problem(ProxyRequest request, UpstreamFailure failure, String path) {
    ProxyResponse response =
        request
            .response()
            .setStatusCode(failure.status())
            .putHeader("Content-Type", Problems.MEDIA_TYPE)
            .setBody(
                Body.body(
                    Buffer.buffer(
                        Problems.of(failure.status(), failure.title(), failure.detail(), path))));
    if (failure.retryAfterSeconds() > 0) {
      response.putHeader("Retry-After", String.valueOf(failure.retryAfterSeconds()));
    }
    return response;
  }

  @Override
  public Future<Void> handleProxyResponse(ProxyContext context) {
    context.response().headers().set(REQUEST_ID, context.get(REQUEST_ID, String.class));
    return context.sendResponse();
  }
}
