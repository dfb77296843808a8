package org.jiefen.judicialconfirmation.config;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

@ConfigMapping(prefix = "jiefen.courts")
public interface CourtsConfig {
  /** Org-code prefix → the court's client id, e.g. longhua → court-longhua. */
  Map<String, String> jurisdiction();
}
