package org.jiefen.intake.service;

/** A created dispute, or the replay of the first answer to the same Idempotency-Key. */
public record CreateResult(String id, String status, boolean replayed) {}
