package org.jiefen.intake.domain;

/** A personal number as it is stored: ciphertext, keyed hash for search, and its mask. */
public record ProtectedValue(String ciphertext, String hash, String masked) {}
