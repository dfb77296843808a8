package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jiefen.intake.domain.IdempotencyRecord;

@ApplicationScoped
public class IdempotencyRepository
    implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {}
