package org.jiefen.routing.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.jiefen.routing.rest.dto.RoutingDecisionDto;
import org.jiefen.routing.rest.dto.TransferRequest;
import org.jiefen.routing.service.TransferService;

/** 移交 up or down; the gateway sends /api/v1/disputes/{id}/transfers here (ADR 0003). */
@Path("/api/v1/disputes/{id}/transfers")
@Authenticated
public class TransferResource {

  private final TransferService transfers;

  TransferResource(TransferService transfers) {
    this.transfers = transfers;
  }

  @POST
  public Response transfer(@PathParam("id") String id, @NotNull @Valid TransferRequest request) {
    return Response.status(201)
        .entity(
            RoutingDecisionDto.of(transfers.transfer(id, request.toCenterCode(), request.reason())))
        .build();
  }
}
