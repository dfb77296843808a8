package org.jiefen.mediatorpool.service;

import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.MediatorLoad;

/** A mediator with its leaves loaded and its workload, as the roster lists it. */
public record RosterEntry(Mediator mediator, MediatorLoad load) {}
