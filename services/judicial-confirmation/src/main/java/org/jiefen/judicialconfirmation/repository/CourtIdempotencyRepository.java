package org.jiefen.judicialconfirmation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jiefen.judicialconfirmation.domain.CourtIdempotency;

@ApplicationScoped
public class CourtIdempotencyRepository
    implements PanacheRepositoryBase<CourtIdempotency, CourtIdempotency.Key> {}
