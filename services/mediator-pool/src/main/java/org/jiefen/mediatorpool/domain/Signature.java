package org.jiefen.mediatorpool.domain;

import java.time.Instant;

/** A party's signature on the agreement: who, when, and through which channel. */
public record Signature(String party, Instant signedAt, SignatureChannel channel) {}
