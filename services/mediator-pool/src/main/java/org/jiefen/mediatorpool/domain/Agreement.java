package org.jiefen.mediatorpool.domain;

import java.time.LocalDate;

/** The mediation agreement 调解协议: its text and the day it took effect. */
public record Agreement(String text, LocalDate effectiveOn) {}
