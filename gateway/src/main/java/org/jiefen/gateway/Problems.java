package org.jiefen.gateway;

import io.vertx.core.json.JsonObject;

/** RFC 9457 documents for what the gateway itself answers: unknown path, service unreachable. */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  static String of(int status, String title, String detail, String instance) {
    return new JsonObject()
        .put("type", "about:blank")
        .put("title", title)
        .put("status", status)
        .put("detail", detail)
        .put("instance", instance)
        .encode();
  }
}
