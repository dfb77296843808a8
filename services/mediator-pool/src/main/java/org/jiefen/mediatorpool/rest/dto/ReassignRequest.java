package org.jiefen.mediatorpool.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Staff give the dispute to this mediator (the pinned field name is {@code mediatorId}). */
public record ReassignRequest(
    @NotBlank @Size(max = 80) String mediatorId, @Size(max = 2000) String reason) {}
