package org.jiefen.intake.rest;

import io.quarkus.panache.common.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jiefen.intake.domain.PartnerDelivery;
import org.jiefen.intake.repository.DeliveryAttemptRepository;
import org.jiefen.intake.repository.PartnerDeliveryRepository;
import org.jiefen.intake.rest.dto.DeliveryDto;
import org.jiefen.intake.rest.dto.WebhookRequest;
import org.jiefen.intake.service.PartnerWebhooks;
import org.jiefen.platform.problem.ProblemException;

/**
 * A partner platform's callback for status changes of what it handed in, and every delivery and
 * attempt made to it (ADR 0010). Each platform sees its own only.
 */
@Path("/api/v1/partner/webhook")
@RolesAllowed("partner")
public class PartnerWebhookResource {

  private final PartnerWebhooks webhooks;
  private final PartnerDeliveryRepository deliveries;
  private final DeliveryAttemptRepository attempts;

  PartnerWebhookResource(
      PartnerWebhooks webhooks,
      PartnerDeliveryRepository deliveries,
      DeliveryAttemptRepository attempts) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.attempts = attempts;
  }

  @GET
  public PartnerWebhooks.Registration get() {
    return webhooks.get().orElseThrow(() -> ProblemException.notFound("webhook"));
  }

  /** 201 with the signing secret on first registration; 200 (no secret) when the URL changes. */
  @PUT
  public Response register(@NotNull @Valid WebhookRequest body) {
    PartnerWebhooks.Registration r = webhooks.register(body.url());
    return Response.status(r.created() ? 201 : 200).entity(r).build();
  }

  @POST
  @Path("secret")
  public PartnerWebhooks.Registration rotateSecret() {
    return webhooks.rotateSecret();
  }

  @GET
  @Path("deliveries")
  @Transactional
  public Map<String, Object> deliveries(
      @QueryParam("state") PartnerDelivery.State state,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    var query = deliveries.ofPlatform(webhooks.platform(), state);
    List<DeliveryDto> items =
        query.page(Page.of(page, size)).list().stream().map(d -> DeliveryDto.of(d, null)).toList();
    return Map.of("items", items, "page", page, "size", size, "total", query.count());
  }

  @GET
  @Path("deliveries/{deliveryId}")
  @Transactional
  public DeliveryDto delivery(@PathParam("deliveryId") String id) {
    PartnerDelivery d = webhooks.delivery(id);
    return DeliveryDto.of(d, attempts.ofDelivery(id));
  }

  @POST
  @Path("deliveries/{deliveryId}/redeliver")
  @Transactional
  public Response redeliver(@PathParam("deliveryId") String id) {
    return Response.accepted(DeliveryDto.of(webhooks.redeliver(id), null)).build();
  }
}
