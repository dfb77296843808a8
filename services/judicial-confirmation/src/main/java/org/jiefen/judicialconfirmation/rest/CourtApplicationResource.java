package org.jiefen.judicialconfirmation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiefen.judicialconfirmation.domain.Application;
import org.jiefen.judicialconfirmation.domain.ApplicationStatus;
import org.jiefen.judicialconfirmation.rest.dto.CourtApplicationDto;
import org.jiefen.judicialconfirmation.rest.dto.CourtRequests;
import org.jiefen.judicialconfirmation.service.CourtCommands;
import org.jiefen.judicialconfirmation.service.CourtQueries;
import org.jiefen.judicialconfirmation.service.IdempotentCourtWrites;
import org.jiefen.platform.security.Caller;

/**
 * The API a court's case system integrates with (docs/court-integration.md). A court sees and
 * changes only the applications addressed to it; every write takes an Idempotency-Key; a write the
 * application's state does not allow is a 409 naming that state.
 */
@Path("/api/v1/court/applications")
@RolesAllowed({"court", "court-clerk"})
@Tag(name = "Court", description = "司法确认: the court's side of a confirmation application")
public class CourtApplicationResource {

  private static final String KEY = "Idempotency-Key";

  private final CourtQueries queries;
  private final CourtCommands commands;
  private final IdempotentCourtWrites writes;
  private final Caller caller;

  CourtApplicationResource(
      CourtQueries queries, CourtCommands commands, IdempotentCourtWrites writes, Caller caller) {
    this.queries = queries;
    this.commands = commands;
    this.writes = writes;
    this.caller = caller;
  }

  @GET
  @Operation(summary = "Applications addressed to the calling court, newest first, paged")
  public Map<String, Object> list(
      @Parameter(description = "PENDING | ACCEPTED | MATERIALS_REQUESTED | CONFIRMED | REJECTED")
          @QueryParam("status")
          ApplicationStatus status,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    return queries.page(status, page, size);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One application with its agreement, parties and history")
  public CourtApplicationDto get(@PathParam("id") String id) {
    return CourtApplicationDto.of(queries.mine(id));
  }

  @GET
  @Path("{id}/agreement.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The agreement (调解协议书) as the mediation organisation issued it")
  public Response agreement(@PathParam("id") String id) {
    CourtQueries.Pdf pdf = queries.agreement(id);
    return Response.ok(pdf.bytes(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"agreement-" + id + ".pdf\"")
        .header("ETag", "\"" + pdf.sha256() + "\"")
        .header("X-Content-SHA256", pdf.sha256())
        .build();
  }

  @POST
  @Path("{id}/accept")
  @Operation(summary = "受理: accept the application (法释〔2011〕5号 Art. 4, within 3 days)")
  public Response accept(@PathParam("id") String id, @HeaderParam(KEY) String key) {
    return write(key, "accept " + id, null, () -> commands.accept(id));
  }

  @POST
  @Path("{id}/supplement-requests")
  @Operation(summary = "Ask for supplementary materials; the decision period pauses")
  public Response materials(
      @PathParam("id") String id,
      @HeaderParam(KEY) String key,
      @NotNull @Valid CourtRequests.MaterialsRequest body) {
    return write(key, "materials " + id, body, () -> commands.requestMaterials(id, body.items()));
  }

  @POST
  @Path("{id}/decision")
  @Operation(
      summary = "Decide: CONFIRMED with the ruling number, or REJECTED with an Art. 7 ground")
  public Response decide(
      @PathParam("id") String id,
      @HeaderParam(KEY) String key,
      @NotNull @Valid CourtRequests.Decision body) {
    return write(
        key,
        "decide " + id,
        body,
        () ->
            commands.decide(
                id, body.result(), body.rulingNumber(), body.reasonCode(), body.reason()));
  }

  @POST
  @Path("{id}/extension")
  @Operation(summary = "Extend the decision period once by 10 days with the president's approval")
  public Response extend(
      @PathParam("id") String id,
      @HeaderParam(KEY) String key,
      @NotNull @Valid CourtRequests.Extension body) {
    return write(
        key, "extend " + id, body, () -> commands.extend(id, body.approvedBy(), body.reason()));
  }

  private Response write(String key, String operation, Object body, Supplier<Application> action) {
    IdempotentCourtWrites.Answer answer =
        writes.run(
            caller.courtCode() == null ? "" : caller.courtCode(),
            key,
            operation,
            body,
            200,
            () -> CourtApplicationDto.of(action.get()));
    return Response.status(answer.status())
        .type(MediaType.APPLICATION_JSON)
        .entity(answer.json())
        .header("Idempotent-Replayed", answer.replayed() ? "true" : null)
        .build();
  }
}
