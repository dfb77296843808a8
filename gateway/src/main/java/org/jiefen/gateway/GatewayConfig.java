package org.jiefen.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "jiefen.gateway")
public interface GatewayConfig {

  /** Upstream services by name. */
  Map<String, Route> routes();

  /** How the gateway's client treats the services (ADR 0003). */
  Upstream upstream();

  interface Upstream {
    /** Connections per service; vert.x's default of 5 capped the whole API at 5 requests. */
    @WithDefault("200")
    int maxConnections();

    /** Requests waiting for a connection; beyond it the gateway answers 503 at once. */
    @WithDefault("2000")
    int maxWaiting();

    /** No byte from the service for this long: 504, and the connection is closed. */
    @WithDefault("PT30S")
    Duration timeout();
  }

  interface Route {
    /** Base URL of the service, e.g. http://127.0.0.1:8101 */
    URI url();

    /** Path prefixes the service owns, e.g. /api/v1/disputes */
    List<String> prefixes();
  }
}
