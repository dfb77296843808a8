package org.jiefen.mediatorpool.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Optional;

/** The roster's limits and reference data (ADR 0011). */
@ConfigMapping(prefix = "jiefen.roster")
public interface RosterConfig {

  /**
   * Category codes a specialty may name beyond the eight of product-spec §5, for categories an
   * admin added to intake's list later (until intake announces its categories as events).
   */
  Optional<List<String>> extraCategories();

  @WithName("import")
  Import importing();

  interface Import {
    /** The largest .xlsx accepted; a 2,000-row roster is about 100 KiB. */
    @WithDefault("2097152")
    long maxBytes();

    /** Data rows (the header not counted) one import may hold. */
    @WithDefault("2000")
    int maxRows();
  }
}
