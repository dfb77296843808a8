package org.jiefen.mediatorpool.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jiefen.mediatorpool.domain.FollowUp;

public record FollowUpRequest(
    @NotNull FollowUp.Result result,
    @NotNull LocalDate checkedOn,
    @Size(max = 2000) String notes) {}
