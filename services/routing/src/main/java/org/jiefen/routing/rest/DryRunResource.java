package org.jiefen.routing.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import org.jiefen.platform.problem.Problem.FieldError;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.routing.service.RoutingService;

/** "Where would this dispute go, and why?" — for staff checking a draft, and for tests. */
@Path("/api/v1/routing/dry-run")
@Authenticated
public class DryRunResource {

  private final RoutingService routing;

  DryRunResource(RoutingService routing) {
    this.routing = routing;
  }

  /** Takes a create body (product-spec §5) and answers the decision; stores nothing. */
  @POST
  public RoutingService.DryRun dryRun(@NotNull JsonNode draft) {
    List<FieldError> errors = new ArrayList<>();
    if (!draft.path("category").isTextual()) {
      errors.add(new FieldError("category", "is required"));
    }
    if (!draft.path("location").path("communityCode").isTextual()) {
      errors.add(new FieldError("location.communityCode", "is required"));
    }
    if (draft.has("claimAmount")
        && !draft.path("claimAmount").isNumber()
        && !draft.path("claimAmount").isNull()) {
      errors.add(new FieldError("claimAmount", "must be a number"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    return routing.dryRun(RoutingService.factsOf(null, draft));
  }
}
