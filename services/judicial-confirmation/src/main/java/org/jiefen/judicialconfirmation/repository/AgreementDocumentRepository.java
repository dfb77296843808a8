package org.jiefen.judicialconfirmation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jiefen.judicialconfirmation.domain.AgreementDocument;

@ApplicationScoped
public class AgreementDocumentRepository
    implements PanacheRepositoryBase<AgreementDocument, String> {}
