package org.jiefen.judicialconfirmation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jiefen.judicialconfirmation.domain.CourtWebhook;

@ApplicationScoped
public class CourtWebhookRepository implements PanacheRepositoryBase<CourtWebhook, String> {}
