package org.jiefen.judicialconfirmation.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import org.jiefen.judicialconfirmation.domain.Application;
import org.jiefen.judicialconfirmation.domain.ApplicationStatus;
import org.jiefen.judicialconfirmation.repository.AgreementDocumentRepository;
import org.jiefen.judicialconfirmation.repository.ApplicationRepository;
import org.jiefen.judicialconfirmation.rest.dto.CourtApplicationDto;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/** Reads for a court: only what is addressed to it and reached it; anything else is 404. */
@ApplicationScoped
@Transactional
public class CourtQueries {

  public record Pdf(byte[] bytes, String sha256) {}

  private final ApplicationRepository applications;
  private final AgreementDocumentRepository documents;
  private final Caller caller;

  CourtQueries(
      ApplicationRepository applications, AgreementDocumentRepository documents, Caller caller) {
    this.applications = applications;
    this.documents = documents;
    this.caller = caller;
  }

  public Map<String, Object> page(ApplicationStatus status, int page, int size) {
    if (caller.courtCode() == null || status == ApplicationStatus.REFUSED_LATE) {
      return Map.of("items", java.util.List.of(), "page", page, "size", size, "total", 0L);
    }
    var query = applications.forCourt(caller.courtCode(), status);
    return Map.of(
        "items",
        query.page(Page.of(page, size)).list().stream().map(CourtApplicationDto::of).toList(),
        "page",
        page,
        "size",
        size,
        "total",
        query.count());
  }

  public Application mine(String id) {
    return applications
        .findByIdOptional(id)
        .filter(a -> a.courtCode().equals(caller.courtCode()))
        .filter(a -> a.status() != ApplicationStatus.REFUSED_LATE)
        .orElseThrow(() -> ProblemException.notFound("application " + id));
  }

  public Pdf agreement(String id) {
    Application a = mine(id);
    return Optional.ofNullable(a.documentSha256())
        .flatMap(sha -> documents.findByIdOptional(a.disputeId()))
        .map(d -> new Pdf(d.content(), d.sha256()))
        .orElseThrow(() -> ProblemException.notFound("agreement document of application " + id));
  }
}
