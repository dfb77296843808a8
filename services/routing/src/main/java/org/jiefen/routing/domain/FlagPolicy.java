package org.jiefen.routing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags every decision gets regardless of the rule: FAST_TRACK (调解+速裁) for small claims, and
 * MAJOR_CONSULTATION (重大事项会商) for mass labour disputes and whole-estate property disputes.
 */
public record FlagPolicy(
    BigDecimal fastTrackMaxAmount, int majorLaborApplicants, int majorPropertyApplicants) {

  public List<String> flagsFor(DisputeFacts f) {
    List<String> flags = new ArrayList<>();
    if (f.claimAmount() != null
        && f.claimAmount().signum() > 0
        && f.claimAmount().compareTo(fastTrackMaxAmount) <= 0) {
      flags.add("FAST_TRACK");
    }
    boolean massLabor = "LABOR".equals(f.category()) && f.applicants() >= majorLaborApplicants;
    boolean estate =
        "PROPERTY_MGMT".equals(f.category()) && f.applicants() >= majorPropertyApplicants;
    if (massLabor || estate) {
      flags.add("MAJOR_CONSULTATION");
    }
    return flags;
  }
}
