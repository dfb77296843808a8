package org.jiefen.routing.domain;

import java.util.List;

/**
 * A routing rule as the evaluator sees it: condition → target (a level relative to the dispute's
 * location, or a fixed center), mediation type and flags. {@code explanation} is the sentence a
 * citizen reads in the case view (PIPL Art. 24).
 */
public record RuleSpec(
    String id,
    int version,
    String explanation,
    RuleCondition condition,
    OrgLevel targetLevel,
    String targetCenterCode,
    MediationType mediationType,
    List<String> flags) {}
