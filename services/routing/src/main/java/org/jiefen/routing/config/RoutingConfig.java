package org.jiefen.routing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

@ConfigMapping(prefix = "jiefen.routing")
public interface RoutingConfig {

  /** The org tree's root: where disputes from unknown locations go. */
  @WithDefault("longhua")
  String districtCode();

  /** 调解+速裁: claims up to this amount (yuan) are flagged FAST_TRACK. */
  @WithDefault("50000")
  BigDecimal fastTrackMaxAmount();

  /** 重大事项会商: labour disputes with at least this many applicants (workers). */
  @WithDefault("10")
  int majorLaborApplicants();

  /** 重大事项会商: property-management disputes of a whole estate (at least this many owners). */
  @WithDefault("30")
  int majorPropertyApplicants();
}
