package org.jiefen.slamonitor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jiefen.slamonitor.rest.dto.PolicyDto;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seeded policies (seeds/sla-policies.json) as an evaluation table: for an event of a type and
 * payload, which clocks it starts, stops, pauses, resumes and extends. A change to the seeds that
 * alters what the law asks for fails here first.
 */
class SeededPolicyTableTest {

  static final List<SlaPolicy> SEEDED = seeded();
  static final PolicyBook BOOK = new PolicyBook(SEEDED);

  static List<SlaPolicy> seeded() {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    try {
      return Arrays.stream(
              json.readValue(Path.of("../../seeds/sla-policies.json").toFile(), PolicyDto[].class))
          .map(PolicyDto::toPolicy)
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(
      name = "{0} {1} → starts [{2}] stops [{3}] pauses [{4}] resumes [{5}] extends [{6}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # event                             | payload                                                   | starts                              | stops                                                  | pauses          | resumes         | extends
          dispute.received.v1                 | {"source":{"platform":"PETITION"}}                        | PETITION_CONCLUDE                   | -                                                      | -               | -               | -
          dispute.received.v1                 | {"source":{"platform":"HRSS"}}                            | -                                   | -                                                      | -               | -               | -
          dispute.routed.v1                   | {"category":"LABOR","mediationType":"PEOPLES"}            | CENTER_ACK LABOR_MEDIATION          | -                                                      | -               | -               | -
          dispute.routed.v1                   | {"category":"FAMILY","mediationType":"COURT_DELEGATED"}   | CENTER_ACK COURT_DELEGATED          | -                                                      | -               | -               | -
          dispute.routed.v1                   | {"category":"NEIGHBOR","mediationType":"PEOPLES"}         | CENTER_ACK                          | -                                                      | -               | -               | -
          dispute.acknowledged.v1             | {}                                                        | -                                   | CENTER_ACK                                             | -               | -               | -
          dispute.assigned.v1                 | {}                                                        | MEDIATOR_ACCEPT PEOPLES_MEDIATION   | MEDIATOR_ACCEPT                                        | -               | -               | -
          mediation.accepted.v1               | {}                                                        | MEDIATOR_CONTACT                    | MEDIATOR_ACCEPT                                        | -               | -               | -
          mediation.declined.v1               | {}                                                        | -                                   | MEDIATOR_ACCEPT                                        | -               | -               | -
          mediation.contacted.v1              | {}                                                        | -                                   | MEDIATOR_CONTACT                                       | -               | -               | -
          mediation.paused.v1                 | {"kind":"PARTY_REQUEST"}                                  | -                                   | -                                                      | -               | -               | -
          mediation.paused.v1                 | {"kind":"EXPERT_APPRAISAL"}                               | -                                   | -                                                      | COURT_DELEGATED | -               | -
          mediation.resumed.v1                | {}                                                        | -                                   | -                                                      | -               | COURT_DELEGATED | -
          mediation.extended.v1               | {"days":15}                                               | -                                   | -                                                      | -               | -               | COURT_DELEGATED PEOPLES_MEDIATION
          mediation.concluded.v1              | {"outcome":"SETTLED"}                                     | CONFIRMATION_APPLY                  | COURT_DELEGATED LABOR_MEDIATION PEOPLES_MEDIATION PETITION_CONCLUDE | - | -          | -
          confirmation.requested.v1           | {}                                                        | COURT_ACCEPT                        | CONFIRMATION_APPLY                                     | -               | -               | -
          confirmation.refused.v1             | {}                                                        | -                                   | CONFIRMATION_APPLY                                     | -               | -               | -
          confirmation.accepted.v1            | {}                                                        | COURT_DECIDE                        | COURT_ACCEPT                                           | -               | -               | -
          confirmation.materialsrequested.v1  | {}                                                        | -                                   | -                                                      | COURT_DECIDE    | -               | -
          confirmation.materialssupplied.v1   | {}                                                        | -                                   | -                                                      | -               | COURT_DECIDE    | -
          confirmation.extended.v1            | {}                                                        | -                                   | -                                                      | -               | -               | COURT_DECIDE
          confirmation.decided.v1             | {"result":"CONFIRMED"}                                    | -                                   | COURT_DECIDE                                           | -               | -               | -
          """)
  void anEventTouchesTheClocksTheLawSays(
      String type,
      String payload,
      String starts,
      String stops,
      String pauses,
      String resumes,
      String extensions)
      throws IOException {
    JsonNode event = new ObjectMapper().readTree(payload);
    PolicyBook.Reaction r = BOOK.react(type, event);
    assertEquals(words(starts), clocks(r.starts()), "starts");
    assertEquals(words(stops), clocks(r.stops()), "stops");
    assertEquals(words(pauses), clocks(r.pauses()), "pauses");
    assertEquals(words(resumes), clocks(r.resumes()), "resumes");
    assertEquals(words(extensions), clocks(r.extensions()), "extends");
  }

  @ParameterizedTest(name = "{0}: {1}, {2}, {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CENTER_ACK        | STAGE   | FLAG                     | 1 WORKING_DAYS
          MEDIATOR_ACCEPT   | STAGE   | REASSIGN                 | 3 WORKING_DAYS
          MEDIATOR_CONTACT  | STAGE   | FLAG                     | 3 WORKING_DAYS
          LABOR_MEDIATION   | DISPUTE | NOTIFY_ARBITRATION_RIGHT | 15 CALENDAR_DAYS
          COURT_DELEGATED   | DISPUTE | RETURN_TO_COURT          | 30 CALENDAR_DAYS
          PEOPLES_MEDIATION | DISPUTE | FLAG                     | 1 MONTHS
          CONFIRMATION_APPLY| DISPUTE | FLAG                     | 30 CALENDAR_DAYS
          COURT_ACCEPT      | DISPUTE | FLAG                     | 3 CALENDAR_DAYS
          COURT_DECIDE      | DISPUTE | FLAG                     | 15 CALENDAR_DAYS
          PETITION_CONCLUDE | DISPUTE | FLAG                     | 60 CALENDAR_DAYS
          """)
  void eachClockHasItsScopeConsequenceAndLength(
      String clock, ClockScope scope, ClockAction action, String length) {
    SlaPolicy p = SEEDED.stream().filter(s -> s.clock().equals(clock)).findFirst().orElseThrow();
    assertEquals(scope, p.scope());
    assertEquals(action, p.action());
    assertEquals(length, p.length() + " " + p.unit());
  }

  private static String words(String list) {
    return list == null
        ? ""
        : Arrays.stream(list.trim().split("\\s+")).sorted().collect(Collectors.joining(" "));
  }

  private static String clocks(List<SlaPolicy> policies) {
    return policies.stream().map(SlaPolicy::clock).sorted().collect(Collectors.joining(" "));
  }
}
