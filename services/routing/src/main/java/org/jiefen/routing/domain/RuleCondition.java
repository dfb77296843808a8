package org.jiefen.routing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * When a routing rule applies. Every field is optional; an empty list or null means "any". All
 * given fields must hold (category × area × claim amount × number of applicants × channel/source).
 */
public record RuleCondition(
    List<String> categories,
    String areaCode,
    BigDecimal minClaimAmount,
    BigDecimal maxClaimAmount,
    Integer minApplicants,
    List<String> channels,
    List<String> sourcePlatforms) {

  public static RuleCondition any() {
    return new RuleCondition(List.of(), null, null, null, null, List.of(), List.of());
  }

  /** Why the rule does not apply to these facts; empty when it does. */
  public List<String> mismatches(DisputeFacts f) {
    List<String> why = new ArrayList<>();
    if (!isAny(categories) && !categories.contains(f.category())) {
      why.add("category " + f.category() + " not in " + categories);
    }
    if (areaCode != null
        && (f.communityCode() == null
            || !(f.communityCode().equals(areaCode)
                || f.communityCode().startsWith(areaCode + ".")))) {
      why.add("location outside " + areaCode);
    }
    BigDecimal amount = f.claimAmount() == null ? BigDecimal.ZERO : f.claimAmount();
    if (minClaimAmount != null && amount.compareTo(minClaimAmount) < 0) {
      why.add("claim below " + minClaimAmount.toPlainString());
    }
    if (maxClaimAmount != null && amount.compareTo(maxClaimAmount) > 0) {
      why.add("claim above " + maxClaimAmount.toPlainString());
    }
    if (minApplicants != null && f.applicants() < minApplicants) {
      why.add("fewer than " + minApplicants + " applicants");
    }
    if (!isAny(channels) && !channels.contains(f.channel())) {
      why.add("channel " + f.channel() + " not in " + channels);
    }
    if (!isAny(sourcePlatforms) && !sourcePlatforms.contains(f.sourcePlatform())) {
      why.add("source " + f.sourcePlatform() + " not in " + sourcePlatforms);
    }
    return why;
  }

  private static boolean isAny(List<String> values) {
    return values == null || values.isEmpty();
  }
}
