package org.jiefen.intake.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The validated facts of a new dispute, free of transport concerns. */
public record DisputeDetails(
    Channel channel,
    String category,
    String summary,
    LocalDate occurredOn,
    String communityCode,
    String gridCode,
    String address,
    BigDecimal claimAmount,
    SourcePlatform sourcePlatform,
    String externalRef) {}
