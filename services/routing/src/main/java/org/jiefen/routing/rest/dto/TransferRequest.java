package org.jiefen.routing.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record TransferRequest(
    @NotBlank @Size(max = 120) @Pattern(regexp = "^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*$")
        String toCenterCode,
    @NotBlank @Size(max = 2000) String reason) {}
