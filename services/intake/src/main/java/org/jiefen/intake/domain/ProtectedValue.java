package org.jiefen.intake.domain;

import java.util.List;

/**
 * A personal number as it is stored: ciphertext, keyed hash for search, its mask, and which key
 * pair protected it; with the hashes a search must match while a hash-key rotation is under way
 * (the current one first).
 */
public record ProtectedValue(
    String ciphertext, String hash, String masked, List<String> searchHashes, String keysId) {}
