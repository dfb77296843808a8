package org.jiefen.mediatorpool.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jiefen.mediatorpool.domain.MediationEntry;

/** A contact or session to log; {@code withOtherParty} marks reaching the other side. */
public record SessionRequest(
    @NotNull MediationEntry.Kind kind,
    @NotNull MediationEntry.Mode mode,
    @NotNull Instant heldAt,
    Boolean withOtherParty,
    @Size(max = 50) List<@NotNull @Size(min = 1, max = 200) String> participants,
    @Size(max = 20000) String notes) {}
