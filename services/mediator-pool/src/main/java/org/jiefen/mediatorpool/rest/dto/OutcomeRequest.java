package org.jiefen.mediatorpool.rest.dto;

import org.jiefen.mediatorpool.domain.MediationOutcome;

/**
 * The outcome a mediator records. Its rules span fields, so they are checked by the domain's
 * Conclusion, after the caller's access, rather than by annotations here.
 */
public record OutcomeRequest(
    MediationOutcome outcome, AgreementDto agreement, Boolean requestConfirmation) {}
