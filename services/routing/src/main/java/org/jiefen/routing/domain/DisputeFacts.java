package org.jiefen.routing.domain;

import java.math.BigDecimal;

/** What routing reads from a dispute; also the "inputs" of its trace. */
public record DisputeFacts(
    String disputeId,
    String category,
    String communityCode,
    String channel,
    String sourcePlatform,
    BigDecimal claimAmount,
    int applicants,
    int parties) {}
