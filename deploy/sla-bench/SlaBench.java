import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The measuring side of the SLA monitor benchmark (deploy/sla-bench/run.sh), run as a single-file
 * program on the classpath of the monitor's own packaged libraries (kafka-clients, the MariaDB
 * driver, Jackson):
 *
 * <pre>
 *   java -cp 'app/lib/main/*' SlaBench.java observe --out DIR --jdbc URL --topic T --expect N ...
 *   java -cp 'app/lib/main/*' SlaBench.java drop-topics --prefix bench-xyz.
 * </pre>
 *
 * {@code observe} watches three things while the monitor works, then joins them per flag:
 *
 * <ul>
 *   <li>commits — it polls {@code max(outbox_event.id)} every few milliseconds. The monitor's
 *       scanner raises flags in one transaction per batch, one batch after another, and each flag
 *       writes one outbox row in that transaction; so the first poll that sees an outbox id is an
 *       upper bound of the commit time of that flag (resolution: the poll interval plus the query);
 *   <li>the overdue events on the deadline topic (record timestamp = the relay's send, and when
 *       this consumer received them);
 *   <li>the monitor's memory and CPU, MariaDB's and Kafka's CPU, once a second.
 * </ul>
 *
 * It stops when the expected number of sla.overdue.v1 events arrived, or at the timeout.
 */
public class SlaBench {

  static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("observe | drop-topics");
    }
    Map<String, String> opt = options(Arrays.copyOfRange(args, 1, args.length));
    switch (args[0]) {
      case "observe" -> new Observer(opt).run();
      case "drop-topics" -> dropTopics(opt.get("kafka"), opt.get("prefix"));
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value at " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }

  static void dropTopics(String kafka, String prefix) throws Exception {
    if (prefix == null || prefix.length() < 4) {
      throw new IllegalArgumentException("a run prefix is required");
    }
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
      Set<String> mine =
          admin.listTopics().names().get().stream()
              .filter(t -> t.startsWith(prefix))
              .collect(Collectors.toSet());
      if (!mine.isEmpty()) {
        admin.deleteTopics(mine).all().get();
      }
      System.out.println("deleted topics " + mine);
    }
  }

  /** One flag, joined from the database, the commit watch and the topic. */
  record Flag(
      String eventId,
      Instant due,
      Instant raisedAt,
      long outboxId,
      Instant sentAt,
      Instant committed,
      Instant kafkaTimestamp,
      Instant received,
      Instant payloadDue) {}

  record Seen(Instant timestamp, Instant received, Instant payloadDue) {}

  record Sample(Instant at, long rssKb, long heapBytes, long monitorTicks, long dbTicks, long kafkaTicks) {}

  static final class Observer {
    final Path out;
    final String jdbc;
    final String user;
    final String password;
    final String kafka;
    final String topic;
    final int expect;
    final Instant burstAt;
    final Instant deadline;
    final long monitorPid;
    final long dbPid;
    final long kafkaPid;
    final String metricsUrl;
    final int pollMs;
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicLong maxOutboxId = new AtomicLong();
    final List<long[]> commits = new ArrayList<>(); // {epoch micros of the poll's start, max id}
    final Map<String, Seen> seen = new HashMap<>();
    final List<Sample> samples = new ArrayList<>();
    final Instant steadyFrom;
    final Instant steadyTo;
    final Path gcLog;

    Observer(Map<String, String> o) {
      out = Path.of(o.get("out"));
      jdbc = o.get("jdbc");
      user = o.getOrDefault("user", "sla");
      password = o.getOrDefault("password", "sla-local");
      kafka = o.getOrDefault("kafka", "127.0.0.1:9092");
      topic = o.get("topic");
      expect = Integer.parseInt(o.get("expect"));
      burstAt = Instant.parse(o.get("burst-at"));
      deadline = Instant.now().plusSeconds(Long.parseLong(o.getOrDefault("timeout", "1800")));
      monitorPid = Long.parseLong(o.getOrDefault("monitor-pid", "0"));
      dbPid = Long.parseLong(o.getOrDefault("db-pid", "0"));
      kafkaPid = Long.parseLong(o.getOrDefault("kafka-pid", "0"));
      metricsUrl = o.get("metrics");
      pollMs = Integer.parseInt(o.getOrDefault("poll-ms", "10"));
      steadyFrom = Instant.parse(o.get("steady-from"));
      steadyTo = Instant.parse(o.get("steady-to"));
      gcLog = o.containsKey("gc-log") ? Path.of(o.get("gc-log")) : null;
    }

    void run() throws Exception {
      Files.createDirectories(out);
      createTopic();
      Thread watcher = new Thread(this::watchCommits, "commit-watch");
      watcher.start();
      Thread sampler = new Thread(this::sample, "sampler");
      sampler.start();
      boolean complete = consume();
      stop.set(true);
      watcher.join();
      sampler.join();
      writeCommits();
      List<Flag> flags = join();
      report(flags, complete);
    }

    void createTopic() throws Exception {
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
        admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }

    /** Polls the highest committed outbox id; records each change with the poll's start time. */
    void watchCommits() {
      try (Connection c = DriverManager.getConnection(jdbc, user, password);
          Statement s = c.createStatement()) {
        c.setAutoCommit(true);
        long last = -1;
        while (!stop.get()) {
          Instant start = Instant.now();
          long max;
          try (ResultSet r = s.executeQuery("select coalesce(max(id), 0) from outbox_event")) {
            r.next();
            max = r.getLong(1);
          }
          if (max != last) {
            synchronized (commits) {
              commits.add(new long[] {micros(start), max});
            }
            maxOutboxId.set(max);
            last = max;
          }
          Thread.sleep(pollMs);
        }
      } catch (SQLException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Once a second: the monitor's RSS, heap in use and CPU; MariaDB's and Kafka's CPU. */
    void sample() {
      HttpClient http = HttpClient.newHttpClient();
      try (PrintWriter w =
          new PrintWriter(Files.newBufferedWriter(out.resolve("samples.tsv"), StandardCharsets.UTF_8))) {
        w.println(
            "time\tmonitor_rss_kb\tmonitor_heap_used_bytes\tmonitor_cpu_ticks\tdb_cpu_ticks\tkafka_cpu_ticks\tmax_outbox_id\tevents_seen");
        while (!stop.get()) {
          long heap = metricsUrl == null ? -1 : heapUsed(http);
          int events;
          synchronized (seen) {
            events = seen.size();
          }
          Sample x =
              new Sample(
                  Instant.now(),
                  rssKb(monitorPid),
                  heap,
                  cpuTicks(monitorPid),
                  cpuTicks(dbPid),
                  cpuTicks(kafkaPid));
          synchronized (samples) {
            samples.add(x);
          }
          w.printf(
              "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d%n",
              x.at(),
              x.rssKb(),
              x.heapBytes(),
              x.monitorTicks(),
              x.dbTicks(),
              x.kafkaTicks(),
              maxOutboxId.get(),
              events);
          w.flush();
          try {
            Thread.sleep(1000);
          } catch (InterruptedException e) {
            return;
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    long heapUsed(HttpClient http) {
      try {
        String body =
            http.send(
                    HttpRequest.newBuilder(URI.create(metricsUrl))
                        .timeout(Duration.ofSeconds(2))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        double sum = 0;
        for (String line : body.split("\n")) {
          if (line.startsWith("jvm_memory_used_bytes{area=\"heap\"")) {
            sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
          }
        }
        return (long) sum;
      } catch (IOException | InterruptedException | RuntimeException e) {
        return -1;
      }
    }

    static long rssKb(long pid) {
      if (pid <= 0) {
        return -1;
      }
      try {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      } catch (IOException | RuntimeException gone) {
        // the process ended
      }
      return -1;
    }

    static long cpuTicks(long pid) {
      if (pid <= 0) {
        return -1;
      }
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime (fields 14, 15)
      } catch (IOException | RuntimeException gone) {
        return -1;
      }
    }

    /** Reads sla.overdue.v1 events from the start of the topic until all expected arrived. */
    boolean consume() throws IOException {
      Properties p = new Properties();
      p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
      p.put(ConsumerConfig.GROUP_ID_CONFIG, "sla-bench-observer-" + Instant.now().toEpochMilli());
      p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
      p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
      p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
      p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
      Instant nextProgress = Instant.now();
      try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
        consumer.subscribe(List.of(topic));
        while (Instant.now().isBefore(deadline)) {
          for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
            Instant received = Instant.now();
            Header type = r.headers().lastHeader("event-type");
            if (type == null
                || !"sla.overdue.v1".equals(new String(type.value(), StandardCharsets.UTF_8))) {
              continue;
            }
            JsonNode e = JSON.readTree(r.value());
            synchronized (seen) {
              seen.put(
                  e.path("eventId").asText(),
                  new Seen(
                      Instant.ofEpochMilli(r.timestamp()),
                      received,
                      Instant.parse(e.path("dueAt").asText())));
            }
          }
          int n;
          synchronized (seen) {
            n = seen.size();
          }
          if (Instant.now().isAfter(nextProgress)) {
            System.out.printf(
                "%s  committed outbox id %d, overdue events on the topic %d of %d%n",
                Instant.now(), maxOutboxId.get(), n, expect);
            nextProgress = Instant.now().plusSeconds(10);
          }
          if (n >= expect) {
            return true;
          }
        }
      }
      return false;
    }

    void writeCommits() throws IOException {
      try (PrintWriter w =
          new PrintWriter(Files.newBufferedWriter(out.resolve("commits.tsv"), StandardCharsets.UTF_8))) {
        w.println("poll_started_epoch_us\tmax_outbox_id");
        synchronized (commits) {
          commits.forEach(c -> w.printf("%d\t%d%n", c[0], c[1]));
        }
      }
    }

    /** Every overdue flag the monitor raised, with its clock's due time and its outbox row. */
    List<Flag> join() throws SQLException {
      List<Flag> flags = new ArrayList<>();
      try (Connection c = DriverManager.getConnection(jdbc, user, password);
          Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "select f.event_id, d.due_at, f.raised_at, o.id, o.sent_at"
                      + " from sla_flag f join deadline d on d.id = f.deadline_id"
                      + " join outbox_event o on o.event_id = f.event_id"
                      + " where f.kind = 'OVERDUE'")) {
        while (r.next()) {
          String eventId = r.getString(1);
          long outboxId = r.getLong(4);
          Seen k = seen.get(eventId);
          flags.add(
              new Flag(
                  eventId,
                  instant(r, 2),
                  instant(r, 3),
                  outboxId,
                  instant(r, 5),
                  committed(outboxId),
                  k == null ? null : k.timestamp(),
                  k == null ? null : k.received(),
                  k == null ? null : k.payloadDue()));
        }
      }
      return flags;
    }

    static Instant instant(ResultSet r, int column) throws SQLException {
      java.sql.Timestamp t = r.getTimestamp(column);
      return t == null ? null : t.toInstant();
    }

    Instant committed(long outboxId) {
      synchronized (commits) {
        int lo = 0;
        int hi = commits.size() - 1;
        int found = -1;
        while (lo <= hi) {
          int mid = (lo + hi) >>> 1;
          if (commits.get(mid)[1] >= outboxId) {
            found = mid;
            hi = mid - 1;
          } else {
            lo = mid + 1;
          }
        }
        return found < 0 ? null : ofMicros(commits.get(found)[0]);
      }
    }

    void report(List<Flag> flags, boolean complete) throws IOException {
      List<Flag> steady = flags.stream().filter(f -> !f.due().equals(burstAt)).toList();
      List<Flag> burst = flags.stream().filter(f -> f.due().equals(burstAt)).toList();
      long mismatched =
          flags.stream().filter(f -> f.payloadDue() != null && !f.payloadDue().equals(f.due())).count();
      try (PrintWriter w =
          new PrintWriter(Files.newBufferedWriter(out.resolve("flags.tsv"), StandardCharsets.UTF_8))) {
        w.println("event_id\tdue\traised_at\toutbox_id\tcommitted\tsent_at\tkafka_timestamp\treceived");
        for (Flag f : flags) {
          w.printf(
              "%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s%n",
              f.eventId(), f.due(), f.raisedAt(), f.outboxId(), f.committed(), f.sentAt(),
              f.kafkaTimestamp(), f.received());
        }
      }
      StringBuilder md = new StringBuilder();
      md.append("complete=").append(complete).append('\n');
      md.append("flags_raised=").append(flags.size()).append('\n');
      md.append("events_on_topic=").append(seen.size()).append('\n');
      md.append("due_mismatch_payload_vs_table=").append(mismatched).append('\n');
      md.append("commit_poll_ms=").append(pollMs).append('\n');
      section(md, "steady", steady, null);
      section(md, "burst", burst, burstAt);
      window(md, "steady_window", steadyFrom, steadyTo);
      Instant drained =
          burst.stream()
              .map(Flag::received)
              .filter(t -> t != null)
              .max(Instant::compareTo)
              .orElse(Instant.now());
      window(md, "burst_window", burstAt, drained);
      Files.writeString(out.resolve("lags.txt"), md.toString());
      System.out.print(md);
    }

    /** Memory and CPU between two instants, from the once-a-second samples and the GC log. */
    void window(StringBuilder md, String name, Instant from, Instant to) throws IOException {
      List<Sample> in;
      synchronized (samples) {
        in = samples.stream().filter(x -> !x.at().isBefore(from) && !x.at().isAfter(to)).toList();
      }
      md.append(name).append("_seconds=").append(fmt(lagMs(from, to) / 1000.0)).append('\n');
      if (in.size() >= 2) {
        Sample a = in.get(0);
        Sample b = in.get(in.size() - 1);
        double secs = Duration.between(a.at(), b.at()).toMillis() / 1000.0;
        md.append(name).append("_monitor_rss_max_mb=")
            .append(in.stream().mapToLong(Sample::rssKb).max().getAsLong() / 1024).append('\n');
        md.append(name).append("_monitor_heap_used_max_mb=")
            .append(in.stream().mapToLong(Sample::heapBytes).max().getAsLong() / 1048576).append('\n');
        md.append(name).append("_cpu_percent_monitor=")
            .append(fmt((b.monitorTicks() - a.monitorTicks()) / secs)).append('\n');
        md.append(name).append("_cpu_percent_mariadb=")
            .append(fmt((b.dbTicks() - a.dbTicks()) / secs)).append('\n');
        md.append(name).append("_cpu_percent_kafka=")
            .append(fmt((b.kafkaTicks() - a.kafkaTicks()) / secs)).append('\n');
      }
      if (gcLog != null && Files.exists(gcLog)) {
        long pauses = 0;
        long maxAfter = -1;
        for (String line : Files.readAllLines(gcLog)) {
          Matcher m = GC_LINE.matcher(line);
          if (!m.find()) {
            continue;
          }
          Instant at = OffsetDateTime.parse(m.group(1), GC_TIME).toInstant();
          if (!at.isBefore(from) && !at.isAfter(to)) {
            pauses++;
            maxAfter = Math.max(maxAfter, Long.parseLong(m.group(3)));
          }
        }
        md.append(name).append("_gc_pauses=").append(pauses).append('\n');
        md.append(name).append("_heap_after_gc_max_mb=").append(maxAfter).append('\n');
      }
    }

    static void section(StringBuilder md, String name, List<Flag> set, Instant burstAt) {
      md.append(name).append("_count=").append(set.size()).append('\n');
      if (set.isEmpty()) {
        return;
      }
      stats(md, name + "_detected", set.stream().map(f -> lagMs(f.due(), f.raisedAt())).toList());
      stats(md, name + "_committed", set.stream().map(f -> lagMs(f.due(), f.committed())).toList());
      stats(md, name + "_kafka", set.stream().map(f -> lagMs(f.due(), f.kafkaTimestamp())).toList());
      stats(md, name + "_received", set.stream().map(f -> lagMs(f.due(), f.received())).toList());
      if (burstAt != null) {
        md.append(name)
            .append("_first_commit_ms=")
            .append(fmt(min(set.stream().map(f -> lagMs(burstAt, f.committed())).toList())))
            .append('\n');
        md.append(name)
            .append("_ticks=")
            .append(set.stream().map(Flag::raisedAt).distinct().count())
            .append('\n');
      }
    }

    static void stats(StringBuilder md, String name, List<Double> lags) {
      long missing = lags.stream().filter(d -> d == null).count();
      double[] v = lags.stream().filter(d -> d != null).mapToDouble(Double::doubleValue).sorted().toArray();
      md.append(name).append("_missing=").append(missing).append('\n');
      if (v.length == 0) {
        return;
      }
      md.append(name).append("_p50_ms=").append(fmt(rank(v, 0.50))).append('\n');
      md.append(name).append("_p99_ms=").append(fmt(rank(v, 0.99))).append('\n');
      md.append(name).append("_max_ms=").append(fmt(v[v.length - 1])).append('\n');
      md.append(name).append("_min_ms=").append(fmt(v[0])).append('\n');
    }

    /** Nearest-rank percentile. */
    static double rank(double[] sorted, double p) {
      int i = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static Double min(List<Double> v) {
      return v.stream().filter(d -> d != null).min(Double::compare).orElse(null);
    }

    static Double lagMs(Instant from, Instant to) {
      if (from == null || to == null) {
        return null;
      }
      return Duration.between(from, to).toNanos() / 1_000_000.0;
    }

    static String fmt(Double ms) {
      return ms == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", ms);
    }

    static long micros(Instant t) {
      return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }

    static Instant ofMicros(long us) {
      return Instant.ofEpochSecond(us / 1_000_000L, (us % 1_000_000L) * 1_000);
    }
  }

  /** The G1 log's heap after each collection: "[<utc time>] GC(7) Pause Young ... 90M->21M(128M)". */
  static final Pattern GC_LINE =
      Pattern.compile("^\\[([^\\]]+)\\].*Pause.* (\\d+)M->(\\d+)M\\((\\d+)M\\)");

  static final DateTimeFormatter GC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
}
