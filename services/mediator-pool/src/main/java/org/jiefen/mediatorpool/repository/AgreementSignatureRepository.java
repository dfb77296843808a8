package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.mediatorpool.domain.AgreementSignature;

@ApplicationScoped
public class AgreementSignatureRepository implements PanacheRepository<AgreementSignature> {

  public List<AgreementSignature> ofAssignment(Long assignmentId) {
    return list("assignmentId = ?1 order by position", assignmentId);
  }
}
