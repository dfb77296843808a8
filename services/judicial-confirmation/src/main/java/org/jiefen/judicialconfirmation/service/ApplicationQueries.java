package org.jiefen.judicialconfirmation.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.judicialconfirmation.domain.Application;
import org.jiefen.judicialconfirmation.repository.ApplicationRepository;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * A court sees only the applications addressed to it (its court_code claim); centers see those of
 * the centers they cover; anyone else sees nothing.
 */
@ApplicationScoped
public class ApplicationQueries {

  private final ApplicationRepository applications;
  private final Caller caller;

  ApplicationQueries(ApplicationRepository applications, Caller caller) {
    this.applications = applications;
    this.caller = caller;
  }

  public List<Application> list(int page, int size) {
    if (isCourt()) {
      return caller.courtCode() == null
          ? List.of()
          : applications.forCourt(caller.courtCode(), null).page(Page.of(page, size)).list();
    }
    if (caller.orgUnit() == null || caller.hasRole("partner")) {
      return List.of();
    }
    return applications.inScope(caller.orgUnit(), Page.of(page, size));
  }

  public Application get(String id) {
    return applications
        .findByIdOptional(id)
        .filter(this::visible)
        .orElseThrow(() -> ProblemException.notFound("application " + id));
  }

  private boolean visible(Application a) {
    if (isCourt()) {
      return a.courtCode().equals(caller.courtCode());
    }
    return !caller.hasRole("partner") && caller.covers(a.centerCode());
  }

  private boolean isCourt() {
    return caller.hasRole("court") || caller.hasRole("court-clerk");
  }
}
