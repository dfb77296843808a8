package org.jiefen.mediatorpool.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jiefen.mediatorpool.domain.MediationPause;

public record PauseRequest(
    @NotNull MediationPause.Kind kind, @NotBlank @Size(max = 2000) String reason) {}
