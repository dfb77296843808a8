package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.jiefen.mediatorpool.domain.Leave;

/** Leaves change through their mediator; this persists a new one at once so its id is known. */
@ApplicationScoped
public class LeaveRepository implements PanacheRepository<Leave> {}
