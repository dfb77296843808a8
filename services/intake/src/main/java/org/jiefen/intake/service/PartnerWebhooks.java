package org.jiefen.intake.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jiefen.intake.config.PartnerWebhookConfig;
import org.jiefen.intake.domain.PartnerWebhook;
import org.jiefen.intake.domain.SourcePlatform;
import org.jiefen.intake.repository.PartnerWebhookRepository;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * A partner platform registers the URL status changes are pushed to. The signing secret is made
 * here and shown once — when the webhook is first registered and whenever the partner rotates it.
 */
@ApplicationScoped
public class PartnerWebhooks {

  /** A registration as the partner sees it; {@code secret} only when just issued. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Registration(
      String url,
      Instant secretIssuedAt,
      Instant updatedAt,
      String secret,
      @JsonIgnore boolean created) {}

  private final PartnerWebhookRepository webhooks;
  private final PiiProtector pii;
  private final Caller caller;
  private final PartnerWebhookConfig config;
  private final SecureRandom random = new SecureRandom();

  PartnerWebhooks(
      PartnerWebhookRepository webhooks,
      PiiProtector pii,
      Caller caller,
      PartnerWebhookConfig config) {
    this.webhooks = webhooks;
    this.pii = pii;
    this.caller = caller;
    this.config = config;
  }

  @Transactional
  public Registration register(String url) {
    checkUrl(url);
    Instant now = Instant.now();
    PartnerWebhook existing = webhooks.findById(platform());
    if (existing != null) {
      existing.pointTo(url, caller.username(), now);
      return view(existing, null, false);
    }
    PartnerWebhook hook = new PartnerWebhook(platform());
    hook.pointTo(url, caller.username(), now);
    String secret = newSecret();
    hook.issueSecret(pii.encrypt(secret), now);
    webhooks.persist(hook);
    return view(hook, secret, true);
  }

  @Transactional
  public Registration rotateSecret() {
    PartnerWebhook hook = current().orElseThrow(() -> ProblemException.notFound("webhook"));
    String secret = newSecret();
    hook.issueSecret(pii.encrypt(secret), Instant.now());
    return view(hook, secret, false);
  }

  @Transactional
  public Optional<Registration> get() {
    return current().map(h -> view(h, null, false));
  }

  /**
   * The caller's deliveries are those of subscriber {@code PARTNER:<its platform>}: a platform
   * never sees another's.
   */
  public String subscriber() {
    return PartnerEndpoints.subscriber(platform());
  }

  public SourcePlatform platform() {
    String platform = caller.partnerPlatform();
    if (platform == null) {
      throw ProblemException.notFound("webhook");
    }
    return SourcePlatform.valueOf(platform);
  }

  private Optional<PartnerWebhook> current() {
    return webhooks.findByIdOptional(platform());
  }

  private void checkUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw ProblemException.invalidField("url", "is not a URL");
    }
    boolean https = "https".equals(uri.getScheme());
    boolean http = "http".equals(uri.getScheme()) && config.allowInsecureHttp();
    if (!https && !http) {
      throw ProblemException.invalidField("url", "must be an https URL");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw ProblemException.invalidField(
          "url", "must name a host, without credentials or fragment");
    }
  }

  private String newSecret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static Registration view(PartnerWebhook h, String secret, boolean created) {
    return new Registration(h.url(), h.secretIssuedAt(), h.updatedAt(), secret, created);
  }
}
