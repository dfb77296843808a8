package org.jiefen.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Serves the web apps built into META-INF/resources (ADR 0018) as single-page apps: a GET under an
 * app's path that names no file answers the app's index.html, so deep links and reloads work. Files
 * (and everything under assets/) are left to Quarkus' static handler, so a missing chunk is a 404
 * rather than HTML; a request that wants JSON and not HTML is never answered with the page. The
 * hashed assets are cached for a year, index.html never.
 */
@ApplicationScoped
public class WebApps {

  static final List<String> APPS = List.of("/m/", "/portal/");
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String NO_CACHE = "no-cache";
  static final String MANIFEST = "manifest.webmanifest";

  /** The PWA's service worker files (vite-plugin-pwa), served under the app's own path. */
  static final List<String> SERVICE_WORKER = List.of("sw.js", "registerSW.js");

  void register(@Observes Router router) {
    for (String app : APPS) {
      Optional<Buffer> index = resource(app + "index.html");
      if (index.isEmpty()) {
        continue; // built with -Djiefen.web.skip: nothing to serve
      }
      String bare = app.substring(0, app.length() - 1);
      router
          .get(bare)
          .handler(
              ctx -> {
                if (ctx.request().path().equals(bare)) {
                  ctx.redirect(app);
                } else {
                  ctx.next(); // Vert.x matches "/m" for "/m/" too
                }
              });
      router.get(app + "*").handler(ctx -> serve(ctx, app, index.get()));
    }
  }

  private static void serve(RoutingContext ctx, String app, Buffer index) {
    String path = ctx.normalizedPath();
    if (path.startsWith(app + "assets/")) {
      ctx.addHeadersEndHandler(
          v -> {
            if (ctx.response().getStatusCode() == 200) {
              ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
            }
          });
      ctx.next();
      return;
    }
    if (path.equals(app + MANIFEST) || SERVICE_WORKER.contains(path.substring(app.length()))) {
      // The browser re-checks these, so a phone picks up a new app at its next start; Vert.x has
      // no type for .webmanifest.
      ctx.addHeadersEndHandler(
          v -> {
            if (ctx.response().getStatusCode() == 200) {
              ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, NO_CACHE);
              if (path.endsWith(MANIFEST)) {
                ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, "application/manifest+json");
              }
            }
          });
      ctx.next();
      return;
    }
    if (isFile(path) || !wantsPage(ctx.request().getHeader(HttpHeaders.ACCEPT))) {
      ctx.next();
      return;
    }
    ctx.response()
        .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
        .putHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE)
        .end(index);
  }

  /** A path naming a file that was built (favicon.ico, manifest.webmanifest, index.html…). */
  private static boolean isFile(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.contains(".")
        && !last.equals("index.html")
        && Thread.currentThread().getContextClassLoader().getResource("META-INF/resources" + path)
            != null;
  }

  /** A browser's navigation asks for text/html; a client that accepts JSON gets no page. */
  static boolean wantsPage(String accept) {
    return accept == null || accept.contains("text/html") || !accept.contains("json");
  }

  private static Optional<Buffer> resource(String path) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream("META-INF/resources" + path)) {
      return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
