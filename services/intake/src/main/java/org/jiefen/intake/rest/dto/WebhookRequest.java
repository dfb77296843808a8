package org.jiefen.intake.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record WebhookRequest(@NotBlank @Size(max = 500) String url) {}
