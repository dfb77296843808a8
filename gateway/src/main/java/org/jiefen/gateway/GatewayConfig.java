package org.jiefen.gateway;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "jiefen.gateway")
public interface GatewayConfig {

  /** Upstream services by name. */
  Map<String, Route> routes();

  interface Route {
    /** Base URL of the service, e.g. http://127.0.0.1:8101 */
    URI url();

    /** Path prefixes the service owns, e.g. /api/v1/disputes */
    List<String> prefixes();
  }
}
