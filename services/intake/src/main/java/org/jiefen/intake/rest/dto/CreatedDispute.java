package org.jiefen.intake.rest.dto;

/** The answer to a create: enough for the caller to follow the Location. */
public record CreatedDispute(String id, String status) {}
