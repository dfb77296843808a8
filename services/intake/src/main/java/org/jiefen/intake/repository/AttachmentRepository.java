package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jiefen.intake.domain.Attachment;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, String> {

  public List<Attachment> ofDispute(String disputeId) {
    return list("disputeId = ?1 order by uploadedAt, id", disputeId);
  }

  public Optional<Attachment> withContent(String disputeId, String sha256) {
    return find("disputeId = ?1 and sha256 = ?2", disputeId, sha256).firstResultOptional();
  }

  public long countOf(String disputeId) {
    return count("disputeId", disputeId);
  }
}
