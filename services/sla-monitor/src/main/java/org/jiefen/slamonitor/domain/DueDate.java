package org.jiefen.slamonitor.domain;

import java.time.LocalDate;

/** A computed last day, and whether a year it crossed lacked its holiday notice. */
public record DueDate(LocalDate date, boolean provisional) {}
