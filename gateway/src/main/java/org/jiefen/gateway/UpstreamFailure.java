package org.jiefen.gateway;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import java.util.concurrent.TimeoutException;

/** What the client is told when the gateway could not get an answer from a service. */
record UpstreamFailure(int status, String title, String detail, int retryAfterSeconds) {

  static UpstreamFailure of(Throwable failure) {
    if (failure instanceof ConnectionPoolTooBusyException) {
      // Overload, not an outage: tell the client when to come back instead of queueing it for ever.
      return new UpstreamFailure(
          503, "Service Unavailable", "too many requests are waiting for this service", 2);
    }
    if (failure instanceof TimeoutException) {
      return new UpstreamFailure(
          504, "Gateway Timeout", "the service for this path did not answer in time", 0);
    }
    return new UpstreamFailure(502, "Bad Gateway", "the service for this path is unavailable", 0);
  }
}
