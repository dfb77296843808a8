package org.jiefen.gateway;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a request path to the service that owns it. A prefix matches whole path segments only
 * (/api/v1/sla matches /api/v1/sla/policies, not /api/v1/slash), and the longest prefix wins.
 */
public final class RouteTable {

  public record Upstream(String service, String host, int port) {}

  private record Entry(String prefix, Upstream upstream) {}

  private final List<Entry> entries;

  public RouteTable(Map<String, GatewayConfig.Route> routes) {
    this.entries =
        routes.entrySet().stream()
            .flatMap(
                e ->
                    e.getValue().prefixes().stream()
                        .map(
                            prefix ->
                                new Entry(strip(prefix), upstream(e.getKey(), e.getValue().url()))))
            .sorted(Comparator.comparingInt((Entry e) -> e.prefix().length()).reversed())
            .toList();
  }

  public Optional<Upstream> resolve(String path) {
    return entries.stream()
        .filter(e -> path.equals(e.prefix()) || path.startsWith(e.prefix() + "/"))
        .map(Entry::upstream)
        .findFirst();
  }

  private static Upstream upstream(String service, URI url) {
    int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
    return new Upstream(service, url.getHost(), port);
  }

  private static String strip(String prefix) {
    return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }
}
