package org.jiefen.judicialconfirmation.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.jiefen.judicialconfirmation.rest.dto.CourtApplicationDto;
import org.jiefen.judicialconfirmation.rest.dto.CourtRequests;
import org.jiefen.judicialconfirmation.service.ApplicationQueries;
import org.jiefen.judicialconfirmation.service.CenterCommands;

/**
 * The court's confirmation API (machine-to-machine) and the centers' view of their applications.
 */
@Path("/api/v1/confirmations")
@Authenticated
public class ApplicationResource {

  private final ApplicationQueries queries;
  private final CenterCommands centers;

  ApplicationResource(ApplicationQueries queries, CenterCommands centers) {
    this.queries = queries;
    this.centers = centers;
  }

  /** Newest first. */
  @GET
  public List<CourtApplicationDto> list(
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    return queries.list(page, size).stream().map(CourtApplicationDto::of).toList();
  }

  @GET
  @Path("{id}")
  public CourtApplicationDto get(@PathParam("id") String id) {
    return CourtApplicationDto.of(queries.get(id));
  }

  /** The mediation side supplies what the court asked for; the court's review goes on. */
  @POST
  @Path("{id}/materials")
  public CourtApplicationDto supply(
      @PathParam("id") String id, @NotNull @Valid CourtRequests.Supplied body) {
    return CourtApplicationDto.of(centers.supply(id, body.note()));
  }
}
