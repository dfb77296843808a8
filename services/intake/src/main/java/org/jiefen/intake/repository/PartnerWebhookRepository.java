package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jiefen.intake.domain.PartnerWebhook;
import org.jiefen.intake.domain.SourcePlatform;

@ApplicationScoped
public class PartnerWebhookRepository
    implements PanacheRepositoryBase<PartnerWebhook, SourcePlatform> {}
