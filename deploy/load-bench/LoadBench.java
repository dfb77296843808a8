import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The load benchmark's generator and observer (deploy/load-bench/run.sh), a single-file program on
 * the classpath of intake's packaged libraries (kafka-clients, Jackson).
 *
 * <p>Open model: request i is due at start + i/rate whatever happened to the earlier ones, and its
 * latency counts from that intended instant, so a slow system cannot hide behind fewer requests
 * (no coordinated omission). Each request creates a dispute through the gateway with a real
 * Keycloak token, at a random community and category. End to end is read from the events: a
 * dispute's dispute.received.v1, dispute.routed.v1 and dispute.assigned.v1 (their occurredAt — the
 * services' commit — and their Kafka record timestamps — the outbox relay's publish).
 *
 * <pre>
 *   java -cp 'services/intake/target/quarkus-app/lib/main/*' LoadBench.java \
 *     --rate 100 --seconds 600 --out DIR [--gateway http://localhost:8080] [--pids DIR]
 * </pre>
 */
public class LoadBench {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String KEYCLOAK = "http://localhost:8180/realms/jiefen/protocol/openid-connect/token";
  static final List<String> TOPICS =
      List.of("intake.dispute.events", "routing.dispute.events", "mediator-pool.mediation.events");

  /** What happened to one created dispute, in epoch milliseconds. */
  static final class Trace {
    volatile long intended;
    volatile long answered;
    volatile long received;
    volatile long receivedPublished;
    volatile long routed;
    volatile long routedPublished;
    volatile long assigned;
    volatile long assignedPublished;
    /** mediator-pool decided "no free mediator" (dispute.unassigned.v1) instead of assigning. */
    volatile boolean unassigned;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = options(args);
    double rate = Double.parseDouble(opt.getOrDefault("rate", "50"));
    int seconds = Integer.parseInt(opt.getOrDefault("seconds", "60"));
    String gateway = opt.getOrDefault("gateway", "http://localhost:8080");
    Path out = Path.of(opt.getOrDefault("out", "."));
    Path pids = Path.of(opt.getOrDefault("pids", "deploy/local/.run"));
    Files.createDirectories(out);

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Tokens tokens = new Tokens(http, "staff.district");
    List<String> communities = communities(http, gateway, tokens.get());
    List<String> categories = categories(http, gateway, tokens.get());
    log("%d communities, %d categories; %s/s for %d s", communities.size(), categories.size(),
        rate, seconds);

    Map<String, Trace> traces = new ConcurrentHashMap<>();
    AtomicBoolean observing = new AtomicBoolean(true);
    Thread observer = new Thread(() -> observe(traces, observing), "observer");
    observer.start();
    Thread.sleep(3000); // the observer is at the topics' ends before the first request

    Sampler sampler = new Sampler(pids, out.resolve("resources.csv"));
    sampler.start();
    ConcurrentLinkedQueue<long[]> api = new ConcurrentLinkedQueue<>(); // {intended, latency, status}
    AtomicLong inFlight = new AtomicLong();
    long periodNanos = (long) (1e9 / rate);
    long total = (long) (rate * seconds);
    long startNanos = System.nanoTime();
    long startMillis = System.currentTimeMillis();
    for (long i = 0; i < total; i++) {
      long due = startNanos + i * periodNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      long intended = startMillis + (due - startNanos) / 1_000_000;
      String body = report(communities, categories);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(gateway + "/api/v1/disputes"))
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Bearer " + tokens.get())
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      inFlight.incrementAndGet();
      http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .whenComplete(
              (response, error) -> {
                long now = System.currentTimeMillis();
                int status = error != null ? 0 : response.statusCode();
                api.add(new long[] {intended, now - intended, status});
                if (status == 201) {
                  try {
                    String id = JSON.readTree(response.body()).path("id").asText();
                    Trace t = traces.computeIfAbsent(id, k -> new Trace());
                    t.intended = intended;
                    t.answered = now;
                  } catch (IOException e) {
                    // counted as created, traced as missing
                  }
                }
                inFlight.decrementAndGet();
              });
    }
    long sentMillis = System.currentTimeMillis() - startMillis;
    log("sent %d in %d ms; waiting for answers and events", total, sentMillis);
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline
        && (inFlight.get() > 0 || pendingAssignments(traces) > 0)) {
      Thread.sleep(500);
    }
    observing.set(false);
    observer.join();
    sampler.stop();
    Files.writeString(out.resolve("report.md"), report(rate, seconds, api, traces, sampler));
    log("report: %s", out.resolve("report.md"));
    System.exit(0);
  }

  static long pendingAssignments(Map<String, Trace> traces) {
    return traces.values().stream().filter(t -> t.answered > 0 && t.assigned == 0).count();
  }

  // ---- the observer: the three topics, from their ends ----

  static void observe(Map<String, Trace> traces, AtomicBoolean running) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : TOPICS) {
        consumer.partitionsFor(topic).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);
      while (running.get()) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          note(traces, r);
        }
      }
    }
  }

  static void note(Map<String, Trace> traces, ConsumerRecord<String, String> r) {
    try {
      JsonNode e = JSON.readTree(r.value());
      String type = e.path("type").asText();
      String id = e.path("disputeId").asText(null);
      if (id == null) {
        return;
      }
      long at = Instant.parse(e.path("occurredAt").asText()).toEpochMilli();
      switch (type) {
        case "dispute.received.v1" -> {
          Trace t = traces.computeIfAbsent(id, k -> new Trace());
          t.received = at;
          t.receivedPublished = r.timestamp();
        }
        case "dispute.routed.v1" -> {
          Trace t = traces.computeIfAbsent(id, k -> new Trace());
          if (t.routed == 0) {
            t.routed = at;
            t.routedPublished = r.timestamp();
          }
        }
        // Either ends the pool's hop: with every seeded slot taken (a long run fills them all) the
        // pool still reads, locks and decides; the report says how many ended each way.
        case "dispute.assigned.v1", "dispute.unassigned.v1" -> {
          Trace t = traces.computeIfAbsent(id, k -> new Trace());
          if (t.assigned == 0) {
            t.assigned = at;
            t.assignedPublished = r.timestamp();
            t.unassigned = type.equals("dispute.unassigned.v1");
          }
        }
        default -> {}
      }
    } catch (Exception ignored) {
      // not an event of ours
    }
  }

  // ---- the report ----

  static String report(
      double rate,
      int seconds,
      ConcurrentLinkedQueue<long[]> api,
      Map<String, Trace> traces,
      Sampler sampler) {
    List<long[]> answers = new ArrayList<>(api);
    long created = answers.stream().filter(a -> a[2] == 201).count();
    long failed = answers.size() - created;
    Map<Long, Long> statuses = new java.util.TreeMap<>();
    answers.forEach(a -> statuses.merge(a[2], 1L, Long::sum));
    List<Trace> ours = traces.values().stream().filter(t -> t.answered > 0).toList();
    List<Trace> done = ours.stream().filter(t -> t.assigned > 0 && t.received > 0).toList();
    StringBuilder s = new StringBuilder();
    s.append("# Load run: ").append(rate).append("/s for ").append(seconds).append(" s\n\n");
    s.append("- requests: ").append(answers.size()).append(", created (201): ").append(created)
        .append(", other: ").append(failed).append(' ').append(statuses).append('\n');
    s.append("- achieved creation rate: ")
        .append(String.format(Locale.ROOT, "%.1f/s", created / (double) seconds)).append('\n');
    s.append("- created disputes traced to mediator-pool's decision: ").append(done.size())
        .append(" of ").append(ours.size()).append(" (dispute.assigned: ")
        .append(done.stream().filter(t -> !t.unassigned).count())
        .append(", dispute.unassigned — no free mediator: ")
        .append(done.stream().filter(t -> t.unassigned).count()).append(")\n\n");
    s.append("| latency (ms) | p50 | p90 | p99 | max |\n| --- | --- | --- | --- | --- |\n");
    row(s, "API: intended send → 201", answers.stream().filter(a -> a[2] == 201).mapToLong(a -> a[1]).toArray());
    row(s, "end to end: received → assigned (commit)", done.stream().mapToLong(t -> t.assigned - t.received).toArray());
    row(s, "end to end: received → assigned on Kafka", done.stream().mapToLong(t -> t.assignedPublished - t.received).toArray());
    row(s, "hop: intake commit → received on Kafka", done.stream().mapToLong(t -> t.receivedPublished - t.received).toArray());
    row(s, "hop: received on Kafka → routed (commit)", done.stream().filter(t -> t.routed > 0).mapToLong(t -> t.routed - t.receivedPublished).toArray());
    row(s, "hop: routed commit → routed on Kafka", done.stream().filter(t -> t.routed > 0).mapToLong(t -> t.routedPublished - t.routed).toArray());
    row(s, "hop: routed on Kafka → assigned (commit)", done.stream().filter(t -> t.routed > 0).mapToLong(t -> t.assigned - t.routedPublished).toArray());
    row(s, "hop: assigned commit → assigned on Kafka", done.stream().mapToLong(t -> t.assignedPublished - t.assigned).toArray());
    s.append("\n").append(sampler.summary());
    return s.toString();
  }

  static void row(StringBuilder s, String name, long[] values) {
    if (values.length == 0) {
      s.append("| ").append(name).append(" | – | – | – | – |\n");
      return;
    }
    Arrays.sort(values);
    s.append("| ").append(name).append(" | ").append(pct(values, 50)).append(" | ")
        .append(pct(values, 90)).append(" | ").append(pct(values, 99)).append(" | ")
        .append(values[values.length - 1]).append(" |\n");
  }

  static long pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  // ---- requests ----

  static String report(List<String> communities, List<String> categories) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String community = communities.get(r.nextInt(communities.size()));
    String category = categories.get(r.nextInt(categories.size()));
    String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
    return """
        {"channel":"CENTER_PORTAL","category":"%s","summary":"压测：纠纷 %d","occurredAt":"%s",
         "location":{"communityCode":"%s","address":"压测地址"},
         "parties":[{"role":"APPLICANT","name":"张三","idNumber":"%s","phone":"139%08d"},
                    {"role":"RESPONDENT","name":"压测公司%d","organization":"压测公司%d"}],
         "claimAmount":%d.00}
        """
        .formatted(category, r.nextLong(1_000_000_000L), yesterday, community, idNumber(r),
            r.nextInt(100_000_000), r.nextInt(100_000), r.nextInt(100_000), r.nextInt(1, 50_000));
  }

  /** A valid resident ID number (GB 11643: Shenzhen region, a 1960–1999 birth date, MOD 11-2). */
  static String idNumber(ThreadLocalRandom r) {
    LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(365 * 40));
    String body = "440306" + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  static List<String> communities(HttpClient http, String gateway, String token) throws Exception {
    List<String> codes = new ArrayList<>();
    for (JsonNode unit : get(http, gateway + "/api/v1/org-units", token)) {
      if ("COMMUNITY".equals(unit.path("level").asText()) && !unit.path("sample").asBoolean()) {
        codes.add(unit.path("code").asText());
      }
    }
    if (codes.isEmpty()) {
      for (JsonNode unit : get(http, gateway + "/api/v1/org-units", token)) {
        if ("COMMUNITY".equals(unit.path("level").asText())) {
          codes.add(unit.path("code").asText());
        }
      }
    }
    return codes;
  }

  static List<String> categories(HttpClient http, String gateway, String token) throws Exception {
    List<String> codes = new ArrayList<>();
    get(http, gateway + "/api/v1/categories", token).forEach(c -> codes.add(c.path("code").asText()));
    return codes;
  }

  static JsonNode get(HttpClient http, String url, String token) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode());
    }
    JsonNode body = JSON.readTree(r.body());
    return body.has("items") ? body.path("items") : body;
  }

  /** A user's token from the real Keycloak, fetched again well before it expires (15 min). */
  static final class Tokens {
    final HttpClient http;
    final String user;
    final AtomicReference<String> token = new AtomicReference<>();
    volatile long fetchedAt;

    Tokens(HttpClient http, String user) {
      this.http = http;
      this.user = user;
    }

    String get() {
      if (System.currentTimeMillis() - fetchedAt > 240_000) {
        synchronized (this) {
          if (System.currentTimeMillis() - fetchedAt > 240_000) {
            token.set(fetch());
            fetchedAt = System.currentTimeMillis();
          }
        }
      }
      return token.get();
    }

    String fetch() {
      String form = "grant_type=password&client_id=jiefen-web&username=" + enc(user) + "&password=" + enc(user);
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(KEYCLOAK))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).path("access_token").asText();
      } catch (Exception e) {
        throw new IllegalStateException("no token for " + user, e);
      }
    }

    static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }

  // ---- CPU and RSS of every process of the stack, once a second ----

  static final class Sampler {
    final Path pidDir;
    final Path csv;
    final Map<String, long[]> peak = new ConcurrentHashMap<>(); // name -> {max rss kB, cpu ticks start, cpu ticks end}
    final AtomicBoolean running = new AtomicBoolean(true);
    Thread thread;
    long startedNanos;
    long stoppedNanos;

    Sampler(Path pidDir, Path csv) {
      this.pidDir = pidDir;
      this.csv = csv;
    }

    void start() throws IOException {
      Files.writeString(csv, "epoch_ms,process,rss_kb,cpu_ticks\n");
      startedNanos = System.nanoTime();
      thread = new Thread(this::loop, "sampler");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join();
      stoppedNanos = System.nanoTime();
    }

    Map<String, Long> processes() {
      Map<String, Long> found = new java.util.TreeMap<>();
      try (var files = Files.list(pidDir)) {
        files.filter(f -> f.toString().endsWith(".pid"))
            .forEach(
                f -> {
                  try {
                    found.put(f.getFileName().toString().replace(".pid", ""),
                        Long.parseLong(Files.readString(f).trim()));
                  } catch (Exception ignored) {
                    // a process that just stopped
                  }
                });
      } catch (IOException ignored) {
        // no pid directory: nothing to sample
      }
      ProcessHandle.allProcesses()
          .filter(h -> h.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
          .findFirst()
          .ifPresent(h -> found.put("mariadb", h.pid()));
      return found;
    }

    void loop() {
      while (running.get()) {
        long now = System.currentTimeMillis();
        StringBuilder lines = new StringBuilder();
        processes().forEach((name, pid) -> {
          // Keycloak's PID file names kc.sh: its JVM is a child, so a process counts with its tree.
          List<Long> tree = new ArrayList<>(List.of(pid));
          ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> tree.add(d.pid())));
          long rss = tree.stream().mapToLong(Sampler::rssKb).filter(v -> v > 0).sum();
          long ticks = tree.stream().mapToLong(Sampler::cpuTicks).filter(v -> v > 0).sum();
          if (rss <= 0 || ticks < 0) {
            return;
          }
          peak.compute(name, (k, v) -> v == null ? new long[] {rss, ticks, ticks}
              : new long[] {Math.max(v[0], rss), v[1], ticks});
          lines.append(now).append(',').append(name).append(',').append(rss).append(',').append(ticks).append('\n');
        });
        try {
          Files.writeString(csv, lines, java.nio.file.StandardOpenOption.APPEND);
          Thread.sleep(1000);
        } catch (Exception e) {
          return;
        }
      }
    }

    String summary() {
      double seconds = (stoppedNanos - startedNanos) / 1e9;
      StringBuilder s = new StringBuilder("| process | peak RSS (MB) | CPU (cores, average) |\n| --- | --- | --- |\n");
      peak.forEach((name, v) -> s.append("| ").append(name).append(" | ").append(v[0] / 1024)
          .append(" | ").append(String.format(Locale.ROOT, "%.2f", (v[2] - v[1]) / 100.0 / seconds))
          .append(" |\n"));
      return s.toString();
    }

    static long rssKb(long pid) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      } catch (Exception ignored) {
        // gone
      }
      return -1;
    }

    /** utime + stime of the process, in clock ticks (100 per second on Linux). */
    static long cpuTicks(long pid) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
      } catch (Exception e) {
        return -1;
      }
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> o = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return o;
  }

  static void log(String format, Object... args) {
    System.out.printf("[load-bench %s] %s%n", Instant.now(), String.format(Locale.ROOT, format, args));
  }
}
