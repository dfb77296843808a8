package org.jiefen.intake.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jiefen.intake.domain.DisputeStatus;
import org.jiefen.intake.rest.dto.CreateDisputeRequest;
import org.jiefen.intake.rest.dto.CreatedDispute;
import org.jiefen.intake.rest.dto.DisputePage;
import org.jiefen.intake.rest.dto.DisputeView;
import org.jiefen.intake.rest.dto.ReasonRequest;
import org.jiefen.intake.rest.dto.TimelineItem;
import org.jiefen.intake.service.CreateResult;
import org.jiefen.intake.service.DisputeCommands;
import org.jiefen.intake.service.DisputeIntakeService;
import org.jiefen.intake.service.DisputeQueries;

@Path("/api/v1/disputes")
@Authenticated
public class DisputeResource {

  private final DisputeIntakeService intake;
  private final DisputeQueries queries;
  private final DisputeCommands commands;

  DisputeResource(DisputeIntakeService intake, DisputeQueries queries, DisputeCommands commands) {
    this.intake = intake;
    this.queries = queries;
    this.commands = commands;
  }

  @POST
  @RolesAllowed({"grid-mediator", "center-staff", "partner", "admin"})
  public Response create(
      @NotNull @Valid CreateDisputeRequest request,
      @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
      UriInfo uri) {
    CreateResult result = intake.create(request, idempotencyKey);
    return Response.created(uri.getAbsolutePathBuilder().path(result.id()).build())
        .header("Idempotent-Replayed", result.replayed() ? "true" : null)
        .entity(new CreatedDispute(result.id(), result.status()))
        .build();
  }

  @GET
  @Path("{id}")
  public DisputeView get(@PathParam("id") String id) {
    return queries.view(id);
  }

  @GET
  @Path("{id}/timeline")
  public List<TimelineItem> timeline(@PathParam("id") String id) {
    return queries.timeline(id);
  }

  @POST
  @Path("{id}/withdraw")
  public CreatedDispute withdraw(@PathParam("id") String id, @NotNull @Valid ReasonRequest body) {
    return new CreatedDispute(id, commands.withdraw(id, body.reason()).name());
  }

  @POST
  @Path("{id}/links/{otherId}/unlink")
  public Response unlink(
      @PathParam("id") String id,
      @PathParam("otherId") String otherId,
      @NotNull @Valid ReasonRequest body) {
    commands.unlink(id, otherId, body.reason());
    return Response.noContent().build();
  }

  @GET
  public DisputePage list(
      @QueryParam("centerCode") String centerCode,
      @QueryParam("status") DisputeStatus status,
      @QueryParam("overdue") Boolean overdue,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    return queries.list(centerCode, status, overdue, page, size);
  }
}
