package org.jiefen.routing.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;
import org.jiefen.routing.service.TransferService;

/** 签收 by the holding center; the gateway sends /api/v1/disputes/{id}/acknowledge here. */
@Path("/api/v1/disputes/{id}/acknowledge")
@Authenticated
public class AcknowledgeResource {

  private final TransferService transfers;

  AcknowledgeResource(TransferService transfers) {
    this.transfers = transfers;
  }

  @POST
  public Map<String, String> acknowledge(@PathParam("id") String id) {
    return Map.of("disputeId", id, "centerCode", transfers.acknowledge(id));
  }
}
