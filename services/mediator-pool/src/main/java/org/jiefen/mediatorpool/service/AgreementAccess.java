package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jiefen.mediatorpool.domain.IssuedAgreement;
import org.jiefen.mediatorpool.repository.IssuedAgreementRepository;
import org.jiefen.platform.problem.ProblemException;

/**
 * Who may read an issued agreement: whoever may see the dispute's assignment (its center's scope
 * and its mediator). A sibling center gets 404.
 */
@ApplicationScoped
public class AgreementAccess {

  private final AssignmentAccess access;
  private final IssuedAgreementRepository documents;

  AgreementAccess(AssignmentAccess access, IssuedAgreementRepository documents) {
    this.access = access;
    this.documents = documents;
  }

  @Transactional
  public IssuedAgreement visible(String disputeId) {
    access.current(disputeId);
    IssuedAgreement doc =
        documents
            .latestOf(disputeId)
            .orElseThrow(() -> ProblemException.notFound("agreement of dispute " + disputeId));
    doc.content(); // the bytes load lazily: read them inside the transaction
    return doc;
  }
}
