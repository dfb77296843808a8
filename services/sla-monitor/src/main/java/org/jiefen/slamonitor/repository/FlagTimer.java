package org.jiefen.slamonitor.repository;

import java.time.Instant;
import org.jiefen.slamonitor.domain.Deadline;

/** A timer as the scanner holds it in memory: which clock, which version, what, when. */
public record FlagTimer(String deadlineId, int version, Deadline.Flag flag, Instant at) {}
