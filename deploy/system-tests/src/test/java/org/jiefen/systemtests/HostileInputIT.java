package org.jiefen.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input under load: while good disputes stream in, four clients send malformed and hostile
 * requests — oversized bodies, wrong types, broken JSON, injection strings in every kind of field,
 * another center's disputes and communities, forged, tampered, expired and foreign-realm tokens.
 * Every hostile request gets a 4xx, none a 5xx; no response carries a stack trace or an ID number;
 * afterwards no log line of any process the scripts started holds an ID number.
 */
@ExtendWith(StackExtension.class)
class HostileInputIT {

  /** A resident ID number: 6-digit area, birth date, sequence, check digit (GB 11643). */
  static final Pattern ID_NUMBER =
      Pattern.compile(
          "(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])");

  static final Pattern STACK_TRACE =
      Pattern.compile("(\\tat |\\bat [a-z]+\\.[a-z]+\\.|Exception:|\\.java:[0-9]+\\)|Caused by)");
  static final String ANOTHER_ID = "11010519491231002X";

  record Hostile(String what, HttpRequest request) {}

  record Answer(String what, int status, String body) {}

  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void hostileRequestsMixedIntoTheStreamGetOnly4xxAndLeakNothing() throws Exception {
    String minle = Stack.login("staff.minle");
    String baishilong = Stack.login("staff.baishilong");
    String grid = Stack.login("grid.minle");
    String minleDispute =
        ChannelsIT.create(
            minle,
            ChannelsIT.report(
                "CENTER_PORTAL", "NEIGHBOR", ChannelsIT.respondent(), null, "恶意输入测试"));
    List<Supplier<Hostile>> kinds = hostileKinds(minle, baishilong, grid, minleDispute);

    ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    int total = 600;
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try (DisputeStream good = DisputeStream.start(8, 240)) {
      for (int c = 0; c < 4; c++) {
        clients.submit(
            () -> {
              for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                Hostile h = kinds.get(n % kinds.size()).get();
                try {
                  HttpResponse<String> r =
                      http.send(h.request(), HttpResponse.BodyHandlers.ofString());
                  answers.add(new Answer(h.what(), r.statusCode(), r.body()));
                } catch (IOException e) {
                  answers.add(new Answer(h.what(), -1, e.toString()));
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
              }
            });
      }
      clients.shutdown();
      assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES), "the hostile clients finished");
      org.awaitility.Awaitility.await("the good stream ends")
          .atMost(Duration.ofSeconds(90))
          .until(good::finished);
      Map<Integer, Integer> goodStatuses = good.statuses();
      assertEquals(
          Map.of(201, 240), goodStatuses, "the good creates mixed with the hostile ones succeeded");
    }

    List<Answer> all = new ArrayList<>(answers);
    assertEquals(total, all.size());
    Map<String, List<String>> problems = new java.util.TreeMap<>();
    problems.put(
        "hostile requests answered other than 4xx",
        all.stream()
            .filter(a -> a.status() < 400 || a.status() >= 500)
            .map(a -> a.what() + " → " + a.status() + " " + abbreviate(a.body()))
            .distinct()
            .toList());
    problems.put(
        "responses with a stack trace",
        all.stream()
            .filter(a -> STACK_TRACE.matcher(a.body()).find())
            .map(a -> a.what() + ": " + abbreviate(a.body()))
            .distinct()
            .toList());
    problems.put(
        "responses with an ID number",
        all.stream()
            .filter(a -> ID_NUMBER.matcher(a.body()).find())
            .map(a -> a.what() + ": " + abbreviate(a.body()))
            .distinct()
            .toList());
    problems.put("log lines with an ID number", idNumbersInLogs());
    problems.values().removeIf(List::isEmpty);
    Map<String, Map<Integer, Long>> byKind =
        all.stream()
            .collect(
                Collectors.groupingBy(
                    Answer::what,
                    java.util.TreeMap::new,
                    Collectors.groupingBy(Answer::status, Collectors.counting())));
    Path report = Stack.root().resolve("deploy/system-tests/target/hostile-report.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(
        report,
        byKind.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining("\n", "", "\n")));
    assertEquals(Map.of(), problems);
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  /** Every line of every log under deploy/local/.run/logs that holds an ID number. */
  static List<String> idNumbersInLogs() throws IOException {
    List<String> found = new ArrayList<>();
    Path logs = StackProcesses.runDir().resolve("logs");
    try (Stream<Path> files = Files.list(logs)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8).onClose(() -> {})) {
          lines
              .filter(l -> ID_NUMBER.matcher(l).find())
              .limit(3)
              .forEach(l -> found.add(file.getFileName() + ": " + abbreviate(l)));
        } catch (java.io.UncheckedIOException e) {
          // a binary or non-UTF-8 log (e.g. a GC log): read it leniently
          String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
          Matcher m = ID_NUMBER.matcher(text);
          if (m.find()) {
            found.add(file.getFileName() + ": " + m.group());
          }
        }
      }
    }
    return found;
  }

  private List<Supplier<Hostile>> hostileKinds(
      String minle, String baishilong, String grid, String minleDispute) {
    String good = ChannelsIT.report("CENTER_PORTAL", "NEIGHBOR", "恶意测试公司", null, "恶意输入测试");
    String tampered = tamper(minle);
    String expired = expire(minle);
    String none = algNone(minle);
    List<Supplier<Hostile>> kinds = new ArrayList<>();
    kinds.add(
        () ->
            post(
                "oversized body (12 MiB)", minle, "{\"summary\":\"" + "长".repeat(4 << 20) + "\"}"));
    kinds.add(
        () ->
            post("summary over 4000 characters", minle, good.replace("恶意输入测试", "长".repeat(5000))));
    kinds.add(() -> post("not JSON", minle, "{\"channel\":\"GRID_MOBILE\",,,"));
    kinds.add(() -> post("a JSON array", minle, "[1,2,3]"));
    kinds.add(() -> post("empty body", minle, ""));
    kinds.add(() -> post("claimAmount a string", minle, good.replace("8000.00", "\"八千\"")));
    kinds.add(() -> post("claimAmount 1e400", minle, good.replace("8000.00", "1e400")));
    kinds.add(
        () ->
            post(
                "parties a string",
                minle,
                good.replace("\"parties\":[", "\"parties\":\"x\",\"ignored\":[")));
    kinds.add(
        () ->
            post(
                "occurredAt a number",
                minle,
                good.replaceFirst("\"occurredAt\":\"[0-9-]+\"", "\"occurredAt\":20261124")));
    kinds.add(() -> post("unknown channel", minle, good.replace("CENTER_PORTAL", "FAX")));
    kinds.add(
        () ->
            post(
                "category injection",
                minle,
                good.replace("\"NEIGHBOR\"", "\"NEIGHBOR' OR '1'='1\"")));
    kinds.add(
        () ->
            post(
                "community path traversal",
                minle,
                good.replace("longhua.minzhi.minle", "../../etc/passwd")));
    kinds.add(
        () ->
            post(
                "invalid ID number",
                minle,
                good.replace(ChannelsIT.APPLICANT_ID, "440306199001011237")));
    kinds.add(
        () ->
            post(
                "another center's community",
                minle,
                good.replace("longhua.minzhi.minle", "longhua.minzhi.baishilong")));
    kinds.add(
        () ->
            post(
                "a partner channel as staff",
                minle,
                good.replace("CENTER_PORTAL", "PARTNER_TRANSFER")));
    kinds.add(
        () -> get("another center's dispute", baishilong, "/api/v1/disputes/" + minleDispute));
    kinds.add(
        () ->
            get(
                "another center's timeline",
                baishilong,
                "/api/v1/disputes/" + minleDispute + "/timeline"));
    kinds.add(
        () ->
            get(
                "another center's deadlines",
                baishilong,
                "/api/v1/disputes/" + minleDispute + "/deadlines"));
    kinds.add(
        () ->
            get(
                "another center's SLA board",
                baishilong,
                "/api/v1/sla/board?centerCode=longhua.minzhi.minle"));
    kinds.add(
        () ->
            postTo(
                "accept another center's assignment",
                baishilong,
                "/api/v1/disputes/" + minleDispute + "/assignment/accept",
                ""));
    kinds.add(
        () ->
            postTo(
                "withdraw with an ID number in the reason, wrong center",
                baishilong,
                "/api/v1/disputes/" + minleDispute + "/withdraw",
                "{\"reason\":\"" + ANOTHER_ID + "\"}"));
    kinds.add(() -> get("SQL injection in the path", minle, "/api/v1/disputes/'%20OR%201=1%20--"));
    kinds.add(
        () ->
            get(
                "script in a query parameter",
                minle,
                "/api/v1/disputes?status=%3Cscript%3Ealert(1)%3C/script%3E"));
    kinds.add(() -> get("negative page size", minle, "/api/v1/disputes?size=-1&page=-5"));
    kinds.add(() -> get("huge page number", minle, "/api/v1/disputes?page=99999999999999999999"));
    kinds.add(() -> get("an ID number as dispute id", minle, "/api/v1/disputes/" + ANOTHER_ID));
    kinds.add(() -> get("a mediator's admin page", grid, "/api/v1/admin/clock"));
    kinds.add(() -> post("no token", null, good));
    kinds.add(() -> post("garbage token", "abc.def.ghi", good));
    kinds.add(() -> post("tampered token (roles changed)", tampered, good));
    kinds.add(() -> post("expired token (exp in the past)", expired, good));
    kinds.add(() -> post("alg none token", none, good));
    kinds.add(() -> post("wrong content type", minle, good, "text/plain"));
    kinds.add(
        () ->
            post(
                "XML body",
                minle,
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                "application/xml"));
    return kinds;
  }

  private static String[] parts(String jwt) {
    return jwt.split("\\.");
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String payload(String jwt) {
    return new String(Base64.getUrlDecoder().decode(parts(jwt)[1]), StandardCharsets.UTF_8);
  }

  /** The real token with the admin role added to its payload; the signature no longer matches. */
  private static String tamper(String jwt) {
    String p = payload(jwt).replace("\"roles\":[", "\"roles\":[\"admin\",");
    return parts(jwt)[0] + "." + b64(p) + "." + parts(jwt)[2];
  }

  /** The real token with its exp moved an hour back (so: expired and forged). */
  private static String expire(String jwt) {
    String p =
        payload(jwt)
            .replaceFirst(
                "\"exp\":[0-9]+", "\"exp\":" + (System.currentTimeMillis() / 1000 - 3600));
    return parts(jwt)[0] + "." + b64(p) + "." + parts(jwt)[2];
  }

  private static String algNone(String jwt) {
    return b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts(jwt)[1] + ".";
  }

  private static Hostile post(String what, String token, String body) {
    return post(what, token, body, "application/json");
  }

  private static Hostile post(String what, String token, String body, String type) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Stack.GATEWAY + "/api/v1/disputes"))
            // a client that sends a huge body asks first, as curl does, so it hears the 413
            // instead of a reset while still writing
            .expectContinue(body.length() > 1_000_000)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", type)
            .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return new Hostile(what, b.build());
  }

  private static Hostile postTo(String what, String token, String path, String body) {
    return new Hostile(
        what,
        HttpRequest.newBuilder(URI.create(Stack.GATEWAY + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static Hostile get(String what, String token, String path) {
    return new Hostile(
        what,
        HttpRequest.newBuilder(URI.create(Stack.GATEWAY + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build());
  }
}
