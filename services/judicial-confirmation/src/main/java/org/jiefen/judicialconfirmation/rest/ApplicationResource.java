package org.jiefen.judicialconfirmation.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.jiefen.judicialconfirmation.rest.dto.ApplicationDto;
import org.jiefen.judicialconfirmation.service.ApplicationQueries;

/**
 * The court's confirmation API (machine-to-machine) and the centers' view of their applications.
 */
@Path("/api/v1/confirmations")
@Authenticated
public class ApplicationResource {

  private final ApplicationQueries queries;

  ApplicationResource(ApplicationQueries queries) {
    this.queries = queries;
  }

  /** Newest first. */
  @GET
  public List<ApplicationDto> list(
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    return queries.list(page, size).stream().map(ApplicationDto::of).toList();
  }

  @GET
  @Path("{id}")
  public ApplicationDto get(@PathParam("id") String id) {
    return ApplicationDto.of(queries.get(id));
  }
}
