package org.jiefen.gateway;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a request path to the service that owns it. A prefix matches whole path segments only
 * (/api/v1/sla matches /api/v1/sla/policies, not /api/v1/slash), a "*" segment matches any one
 * segment (/api/v1/disputes/*\/transfers), and the longest prefix wins.
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
    String[] segments = path.split("/", -1);
    return entries.stream()
        .filter(e -> matches(e.prefix().split("/", -1), segments))
        .map(Entry::upstream)
        .findFirst();
  }

  private static boolean matches(String[] prefix, String[] path) {
    if (path.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (!prefix[i].equals("*") && !prefix[i].equals(path[i])) {
        return false;
      }
    }
    return true;
  }

  private static Upstream upstream(String service, URI url) {
    int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
    return new Upstream(service, url.getHost(), port);
  }

  private static String strip(String prefix) {
    return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }
}
