package org.jiefen.intake.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
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
import org.jiefen.intake.rest.dto.DeliveryDto;
import org.jiefen.intake.rest.dto.WebhookRequest;
import org.jiefen.intake.service.PartnerWebhooks;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.webhook.WebhookAttempt;
import org.jiefen.platform.webhook.WebhookDeliveries;
import org.jiefen.platform.webhook.WebhookDelivery;

/**
 * A partner platform's callback for status changes of what it handed in, and every delivery and
 * attempt made to it (ADR 0010; deliveries kept by the platform's webhook module). Each platform
 * sees its own only.
 */
@Path("/api/v1/partner/webhook")
@RolesAllowed("partner")
public class PartnerWebhookResource {

  private final PartnerWebhooks webhooks;
  private final WebhookDeliveries deliveries;
  private final ObjectMapper mapper;

  PartnerWebhookResource(
      PartnerWebhooks webhooks, WebhookDeliveries deliveries, ObjectMapper mapper) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.mapper = mapper;
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
  public Map<String, Object> deliveries(
      @QueryParam("state") WebhookDelivery.State state,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    WebhookDeliveries.DeliveryPage found =
        deliveries.page(webhooks.subscriber(), state, page, size);
    List<DeliveryDto> items = found.items().stream().map(d -> dto(d, null)).toList();
    return Map.of("items", items, "page", page, "size", size, "total", found.total());
  }

  @GET
  @Path("deliveries/{deliveryId}")
  public DeliveryDto delivery(@PathParam("deliveryId") String id) {
    WebhookDeliveries.DeliveryDetail found = deliveries.get(webhooks.subscriber(), id);
    return dto(found.delivery(), found.attempts());
  }

  @POST
  @Path("deliveries/{deliveryId}/redeliver")
  public Response redeliver(@PathParam("deliveryId") String id) {
    return Response.accepted(dto(deliveries.redeliver(webhooks.subscriber(), id), null)).build();
  }

  private DeliveryDto dto(WebhookDelivery d, List<WebhookAttempt> attempts) {
    try {
      return DeliveryDto.of(d, mapper.readTree(d.payload()), attempts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored delivery payload is not JSON", e);
    }
  }
}
