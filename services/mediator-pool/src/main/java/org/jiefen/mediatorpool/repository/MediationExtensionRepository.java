package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.jiefen.mediatorpool.domain.MediationExtension;

@ApplicationScoped
public class MediationExtensionRepository implements PanacheRepository<MediationExtension> {}
