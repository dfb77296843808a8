package org.jiefen.mediatorpool.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A leave to record: from and to are both days off. */
public record LeaveRequest(
    @NotNull LocalDate from, @NotNull LocalDate to, @NotBlank @Size(max = 500) String reason) {}
