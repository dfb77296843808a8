package org.jiefen.routing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.jiefen.routing.domain.MediationType;
import org.jiefen.routing.domain.OrgLevel;

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

  /** 自动上移: whether and which failed mediations move the dispute up a level (ADR 0007). */
  AutoEscalation autoEscalation();

  interface AutoEscalation {

    /** Off: a failed mediation leaves the dispute FAILED where it is. */
    @WithDefault("true")
    boolean enabled();

    /** The levels whose failures escalate; DISTRICT is the top and never does. */
    @WithDefault("COMMUNITY,STREET")
    Set<OrgLevel> levels();

    /** Mediation types that never escalate (application.properties: COURT_DELEGATED). */
    Optional<Set<MediationType>> excludedMediationTypes();

    /** Category codes that never escalate; none by default. */
    Optional<Set<String>> excludedCategories();
  }
}
