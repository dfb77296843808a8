package org.jiefen.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * An open-model stream of disputes through the gateway: one create every 1/rate seconds whatever
 * the answers take (a slow or dead service is not hidden by a waiting client), each with its own
 * Idempotency-Key and respondent (so none is linked as a duplicate), across the communities of four
 * streets and every category, as the district's staff (token refreshed every minute). Communities
 * of 民治 street are left alone: other system tests use their mediators.
 */
final class DisputeStream implements AutoCloseable {

  static final List<String> COMMUNITIES =
      List.of(
          "longhua.guanhu.songyuanxia",
          "longhua.guanhu.luhu",
          "longhua.guanhu.zhangkengjing",
          "longhua.guanhu.xintian",
          "longhua.guanhu.runcheng",
          "longhua.longhua.yousong",
          "longhua.longhua.jinglong",
          "longhua.longhua.qinghu",
          "longhua.longhua.sanlian",
          "longhua.longhua.songhe",
          "longhua.dalang.langkou",
          "longhua.dalang.henglang",
          "longhua.dalang.tongsheng",
          "longhua.dalang.xinshi",
          "longhua.dalang.gaofeng",
          "longhua.fucheng.dashuikeng",
          "longhua.fucheng.qiankeng",
          "longhua.fucheng.zhangge",
          "longhua.fucheng.jutang");
  static final List<String> CATEGORIES =
      List.of(
          "NEIGHBOR",
          "PROPERTY_MGMT",
          "FAMILY",
          "TENANCY",
          "TRAFFIC",
          "CONSUMER",
          "CONTRACT",
          "LABOR");

  /** One create: when it was sent (ms since the stream started), its HTTP status, its id. */
  record Sent(long atMillis, int status, String id) {
    boolean accepted() {
      return status >= 200 && status < 300 && id != null;
    }
  }

  private final ObjectMapper mapper = new ObjectMapper();
  private final ExecutorService io = Executors.newFixedThreadPool(8);
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(io)
          .build();
  private final ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
  private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
  private final AtomicInteger issued = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private final long started = System.currentTimeMillis();
  private volatile int max;
  private volatile String token;

  private DisputeStream(int max) {
    this.max = max;
  }

  /** Starts sending {@code perSecond} creates a second, at most {@code max} in all. */
  static DisputeStream start(int perSecond, int max) {
    DisputeStream stream = new DisputeStream(max);
    stream.token = Stack.login("staff.district");
    stream.ticker.scheduleAtFixedRate(stream::refreshToken, 60, 60, TimeUnit.SECONDS);
    stream.ticker.scheduleAtFixedRate(
        stream::sendOne, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    return stream;
  }

  long millis() {
    return System.currentTimeMillis() - started;
  }

  private void refreshToken() {
    try {
      token = Stack.login("staff.district");
    } catch (RuntimeException | AssertionError e) {
      // Keycloak is not faulted; keep the current token and try again in a minute
    }
  }

  private void sendOne() {
    if (issued.get() >= max) {
      return;
    }
    int n = issued.getAndIncrement();
    long at = millis();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Stack.GATEWAY + "/api/v1/disputes"))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(body(n)))
            .build();
    inFlight.incrementAndGet();
    http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .whenComplete(
            (response, failure) -> {
              int status = failure != null ? -1 : response.statusCode();
              String id = null;
              if (failure == null && status / 100 == 2) {
                try {
                  id = mapper.readTree(response.body()).path("id").asText(null);
                } catch (Exception e) {
                  id = null;
                }
              }
              statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
              sent.add(new Sent(at, status, id));
              inFlight.decrementAndGet();
            });
  }

  private String body(int n) {
    String community = COMMUNITIES.get(n % COMMUNITIES.size());
    String category = CATEGORIES.get((n / COMMUNITIES.size()) % CATEGORIES.size());
    return """
        {"channel":"CENTER_PORTAL","category":"%s","summary":"故障注入测试 %s-%d",
         "occurredAt":"%s",
         "location":{"communityCode":"%s","address":"测试路%d号"},
         "parties":[{"role":"APPLICANT","name":"王五","idNumber":"440306199001011236",
                     "phone":"13912345678"},
                    {"role":"RESPONDENT","name":"故障测试公司%s-%d","organization":"故障测试公司%s-%d"}],
         "claimAmount":5000.00}
        """
        .formatted(
            category,
            run,
            n,
            LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1),
            community,
            n,
            run,
            n,
            run,
            n);
  }

  /** Sends no more creates; those in flight still get their answers. */
  void stop() {
    max = Math.min(max, issued.get());
  }

  /** True once every create was sent and answered (or failed). */
  boolean finished() {
    return issued.get() >= max && inFlight.get() == 0 && sent.size() >= max;
  }

  List<Sent> sent() {
    return List.copyOf(sent);
  }

  List<String> acceptedIds() {
    return sent.stream().filter(Sent::accepted).map(Sent::id).collect(Collectors.toList());
  }

  /** Accepted creates sent at or after {@code fromMillis}. */
  long acceptedSince(long fromMillis) {
    return sent.stream().filter(s -> s.accepted() && s.atMillis() >= fromMillis).count();
  }

  Map<Integer, Integer> statuses() {
    return statuses.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    io.shutdownNow();
  }
}
