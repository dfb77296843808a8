package org.jiefen.mediatorpool.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jiefen.mediatorpool.domain.IssuedAgreement;
import org.jiefen.mediatorpool.rest.dto.AssignmentDto;
import org.jiefen.mediatorpool.rest.dto.EntryDto;
import org.jiefen.mediatorpool.rest.dto.ExtensionRequest;
import org.jiefen.mediatorpool.rest.dto.FollowUpRequest;
import org.jiefen.mediatorpool.rest.dto.OutcomeRequest;
import org.jiefen.mediatorpool.rest.dto.PauseRequest;
import org.jiefen.mediatorpool.rest.dto.SessionRequest;
import org.jiefen.mediatorpool.service.AgreementAccess;
import org.jiefen.mediatorpool.service.MediationService;

/** The mediation of a dispute (pinned paths under /api/v1/disputes/{id}). */
@Path("/api/v1/disputes/{id}")
@Authenticated
public class DisputeMediationResource {

  private final MediationService mediation;
  private final AgreementAccess agreements;

  DisputeMediationResource(MediationService mediation, AgreementAccess agreements) {
    this.mediation = mediation;
    this.agreements = agreements;
  }

  @POST
  @Path("sessions")
  public Response log(@PathParam("id") String id, @NotNull @Valid SessionRequest body) {
    var entry =
        mediation.log(
            id,
            body.kind(),
            body.mode(),
            body.heldAt(),
            Boolean.TRUE.equals(body.withOtherParty()),
            body.participants() == null ? List.of() : body.participants(),
            body.notes());
    return Response.status(201).entity(EntryDto.of(entry)).build();
  }

  @GET
  @Path("sessions")
  public List<EntryDto> sessions(@PathParam("id") String id) {
    return mediation.entries(id).stream().map(EntryDto::of).toList();
  }

  @POST
  @Path("pause")
  public AssignmentDto pause(@PathParam("id") String id, @NotNull @Valid PauseRequest body) {
    return AssignmentDto.of(mediation.pause(id, body.kind(), body.reason()));
  }

  @POST
  @Path("resume")
  public AssignmentDto resume(@PathParam("id") String id) {
    return AssignmentDto.of(mediation.resume(id));
  }

  @POST
  @Path("extensions")
  public AssignmentDto extend(@PathParam("id") String id, @NotNull @Valid ExtensionRequest body) {
    return AssignmentDto.of(
        mediation.extend(
            id,
            body.days(),
            body.reason(),
            body.consents().stream()
                .map(c -> new MediationService.Consent(c.party(), c.consentedAt(), c.channel()))
                .toList()));
  }

  @POST
  @Path("outcome")
  public AssignmentDto outcome(@PathParam("id") String id, @Valid OutcomeRequest request) {
    OutcomeRequest body =
        request == null ? new OutcomeRequest(null, null, null, null, null) : request;
    return AssignmentDto.of(
        mediation.conclude(
            id,
            body.result(),
            body.agreement() == null ? null : body.agreement().toDomain(),
            body.requestConfirmation(),
            body.reason(),
            body.suggestion()));
  }

  @POST
  @Path("follow-up")
  public Response followUp(@PathParam("id") String id, @NotNull @Valid FollowUpRequest body) {
    var f = mediation.followUp(id, body.result(), body.checkedOn(), body.notes());
    return Response.ok(
            java.util.Map.of(
                "dueOn", f.dueOn(), "checkedOn", f.checkedOn(), "result", f.result().name()))
        .build();
  }

  @GET
  @Path("agreement.pdf")
  @Produces("application/pdf")
  public Response agreement(@PathParam("id") String id) {
    IssuedAgreement doc = agreements.visible(id);
    return Response.ok(doc.content(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"agreement-" + id + ".pdf\"")
        .header("ETag", "\"" + doc.sha256() + "\"")
        .header("X-Content-SHA256", doc.sha256())
        .build();
  }
}
