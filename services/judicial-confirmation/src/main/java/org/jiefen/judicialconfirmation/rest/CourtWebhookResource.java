package org.jiefen.judicialconfirmation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiefen.judicialconfirmation.service.CourtWebhooks;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.webhook.WebhookDeliveries;
import org.jiefen.platform.webhook.WebhookDelivery;
import org.jiefen.platform.webhook.WebhookDeliveryView;

/**
 * The court's callback: where status changes of its applications are pushed, signed with the secret
 * it chose (X-Jiefen-Signature), retried, and every attempt visible here.
 */
@Path("/api/v1/court/webhook")
@RolesAllowed({"court", "court-clerk"})
@Tag(name = "Court")
public class CourtWebhookResource {

  public record WebhookRequest(
      @Schema(example = "https://fy.example.gov.cn/jiefen/callback") @NotBlank @Size(max = 500)
          String url,
      @Schema(description = "At least 32 characters; used to sign every delivery (HMAC-SHA256)")
          @NotBlank
          @Size(min = 32, max = 200)
          String secret) {}

  private final CourtWebhooks webhooks;
  private final WebhookDeliveries deliveries;

  CourtWebhookResource(CourtWebhooks webhooks, WebhookDeliveries deliveries) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
  }

  @PUT
  @Operation(summary = "Register or change the callback URL and its signing secret")
  public CourtWebhooks.Registration register(@NotNull @Valid WebhookRequest body) {
    return webhooks.register(body.url(), body.secret());
  }

  @GET
  public CourtWebhooks.Registration get() {
    return webhooks.get().orElseThrow(() -> ProblemException.notFound("webhook"));
  }

  @GET
  @Path("deliveries")
  @Operation(summary = "Every delivery to this court, newest first")
  public Map<String, Object> list(
      @QueryParam("state") WebhookDelivery.State state,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    WebhookDeliveries.DeliveryPage found = deliveries.page(webhooks.mine(), state, page, size);
    return Map.of(
        "items",
        found.items().stream().map(d -> WebhookDeliveryView.of(d, null)).toList(),
        "page",
        page,
        "size",
        size,
        "total",
        found.total());
  }

  @GET
  @Path("deliveries/{id}")
  @Operation(summary = "One delivery with every attempt and the answer it got")
  public WebhookDeliveryView delivery(@PathParam("id") String id) {
    WebhookDeliveries.DeliveryDetail found = deliveries.get(webhooks.mine(), id);
    return WebhookDeliveryView.of(found.delivery(), found.attempts());
  }

  @POST
  @Path("deliveries/{id}/redeliver")
  public Response redeliver(@PathParam("id") String id) {
    return Response.accepted(
            WebhookDeliveryView.of(deliveries.redeliver(webhooks.mine(), id), null))
        .build();
  }
}
