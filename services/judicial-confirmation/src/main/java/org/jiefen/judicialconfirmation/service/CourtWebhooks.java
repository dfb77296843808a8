package org.jiefen.judicialconfirmation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jiefen.judicialconfirmation.domain.CourtWebhook;
import org.jiefen.judicialconfirmation.repository.CourtWebhookRepository;
import org.jiefen.platform.crypto.SecretBox;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;
import org.jiefen.platform.webhook.WebhookEndpoints;

/**
 * A court registers the URL its system listens on and the secret it will check our HMAC signatures
 * with (`PUT /api/v1/court/webhook`); the dispatcher reads them back to sign. Subscribers are named
 * {@code COURT:<court_code>}.
 */
@ApplicationScoped
public class CourtWebhooks implements WebhookEndpoints {

  public static final String PREFIX = "COURT:";

  private static final Logger LOG = Logger.getLogger(CourtWebhooks.class);

  /** A registration as the court sees it; the secret is never shown again. */
  public record Registration(String url, Instant updatedAt) {}

  private final CourtWebhookRepository webhooks;
  private final Caller caller;
  private final SecretBox box;
  private final boolean allowHttp;

  CourtWebhooks(
      CourtWebhookRepository webhooks,
      Caller caller,
      @ConfigProperty(name = "jiefen.confirmation.secret-key") String key,
      @ConfigProperty(name = "jiefen.confirmation.previous-secret-keys")
          Optional<List<String>> previousKeys,
      @ConfigProperty(name = "jiefen.confirmation.webhook-allow-http", defaultValue = "false")
          boolean allowHttp) {
    this.webhooks = webhooks;
    this.caller = caller;
    this.box = new SecretBox(key, previousKeys.orElse(List.of()));
    this.allowHttp = allowHttp;
  }

  public static String subscriber(String courtCode) {
    return PREFIX + courtCode;
  }

  /** The calling court's subscriber name; 404 for a token without a court. */
  public String mine() {
    if (caller.courtCode() == null) {
      throw ProblemException.notFound("webhook");
    }
    return subscriber(caller.courtCode());
  }

  @Transactional
  public Registration register(String url, String secret) {
    checkUrl(url);
    String court = mine().substring(PREFIX.length());
    CourtWebhook hook = webhooks.findByIdOptional(court).orElse(null);
    if (hook == null) {
      hook = new CourtWebhook(court);
      hook.set(url, box.encrypt(secret), caller.username(), Instant.now());
      webhooks.persist(hook);
    } else {
      hook.set(url, box.encrypt(secret), caller.username(), Instant.now());
    }
    return new Registration(hook.url(), hook.updatedAt());
  }

  @Transactional
  public Optional<Registration> get() {
    return webhooks
        .findByIdOptional(mine().substring(PREFIX.length()))
        .map(h -> new Registration(h.url(), h.updatedAt()));
  }

  /**
   * After a key rotation, seals every court's secret again under the current key, so the previous
   * keys can leave the configuration (ADR 0023). A handful of rows, locked: a court re-registering
   * meanwhile keeps its new secret.
   */
  public int resealSecrets() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              int resealed = 0;
              for (CourtWebhook hook :
                  webhooks.findAll().withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
                String sealed = box.resealed(hook.secretEncrypted());
                if (!sealed.equals(hook.secretEncrypted())) {
                  hook.resealSecret(sealed);
                  resealed++;
                }
              }
              return resealed;
            });
  }

  @Scheduled(every = "${jiefen.confirmation.reseal-interval:60s}", delayed = "30s")
  void resealOnSchedule() {
    int resealed = resealSecrets();
    if (resealed > 0) {
      LOG.infof("re-sealed %d court webhook secrets under key %s", resealed, box.keyId());
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public boolean registered(String courtCode) {
    return webhooks.findByIdOptional(courtCode).isPresent();
  }

  @Override
  public Optional<Endpoint> endpointOf(String subscriber) {
    if (subscriber == null || !subscriber.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return webhooks
        .findByIdOptional(subscriber.substring(PREFIX.length()))
        .map(h -> new Endpoint(h.url(), box.decrypt(h.secretEncrypted())));
  }

  private void checkUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw ProblemException.invalidField("url", "is not a URL");
    }
    boolean ok = "https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && allowHttp);
    if (!ok) {
      throw ProblemException.invalidField("url", "must be an https URL");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw ProblemException.invalidField(
          "url", "must name a host, without credentials or fragment");
    }
  }
}
