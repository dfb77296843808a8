package org.jiefen.mediatorpool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.Conclusion;
import org.jiefen.mediatorpool.domain.IssuedAgreement;
import org.jiefen.mediatorpool.domain.MediationOutcome;
import org.jiefen.mediatorpool.domain.MediatorPicker;
import org.jiefen.mediatorpool.domain.Pick;
import org.jiefen.mediatorpool.domain.RoutedDispute;
import org.jiefen.mediatorpool.domain.Suggestion;
import org.jiefen.mediatorpool.messaging.out.DisputeAssigned;
import org.jiefen.mediatorpool.messaging.out.MediationConcluded;
import org.jiefen.mediatorpool.messaging.out.MediationEvents;
import org.jiefen.platform.events.Actor;
import org.jiefen.platform.events.EventSchemas;
import org.junit.jupiter.api.Test;

/** This service's copies of its outgoing events conform to the contract schemas. */
class EventContractTest {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final String disputeId = UUID.randomUUID().toString();
  private final Actor actor =
      new Actor(Actor.Kind.USER, "sub", "grid.minle", MediatorPickerTest.MINLE);
  private final Instant now = Instant.parse("2026-11-23T08:00:00Z");

  private void conforms(String type, Object event) {
    assertEquals(List.of(), EventSchemas.violations(type, mapper.valueToTree(event)), type);
  }

  private Pick pick() {
    return new MediatorPicker()
        .pick(
            new RoutedDispute(disputeId, "e", MediatorPickerTest.MINLE, "LABOR"),
            List.of(MediatorPickerTest.generalist("m-1")),
            Map.of(),
            MediatorPicker.Constraints.none(LocalDate.of(2026, 11, 23)));
  }

  /** An assignment as the database would return it: with its generated id. */
  private Assignment assignment() throws ReflectiveOperationException {
    Pick pick = pick();
    Assignment a =
        new Assignment(
            new RoutedDispute(disputeId, "e", MediatorPickerTest.MINLE, "LABOR"), pick, "{}", now);
    Field id = Assignment.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(a, 7L);
    return a;
  }

  @Test
  void disputeAssignedAndUnassignedConform() throws Exception {
    Pick pick = pick();
    DisputeAssigned.Trace trace =
        new DisputeAssigned.Trace(pick.rule(), pick.inputs(), pick.candidates());
    conforms(
        DisputeAssigned.TYPE,
        DisputeAssigned.of(disputeId, MediatorPickerTest.MINLE, "m-1", "调解员m-1", null, trace)
            .because("reassigned after m-0 declined"));
    conforms(
        MediationEvents.Unassigned.TYPE, MediationEvents.Unassigned.of(assignment(), trace, now));
  }

  @Test
  void theLifecycleEventsConform() throws Exception {
    Assignment a = assignment();
    conforms(MediationEvents.Accepted.TYPE, MediationEvents.Accepted.of(a, actor, now));
    a.accept("grid.minle", now);
    a.contacted(true, now);
    conforms(MediationEvents.Contacted.TYPE, MediationEvents.Contacted.of(a, actor, now));
    conforms(
        MediationEvents.Logged.TYPE,
        MediationEvents.logged(a, actor, "SESSION", "VIDEO", now, true, List.of("张三"), now));
    conforms(
        MediationEvents.Paused.TYPE,
        MediationEvents.Paused.of(a, actor, "EXPERT_APPRAISAL", "等待伤残鉴定", now));
    conforms(
        MediationEvents.Resumed.TYPE,
        MediationEvents.Resumed.of(a, actor, now.minusSeconds(60), now));
    conforms(
        MediationEvents.Extended.TYPE,
        MediationEvents.Extended.of(
            a,
            actor,
            "双方同意延期",
            15,
            List.of(new MediationEvents.Consent("张三", now, "IN_PERSON")),
            now));
    conforms(
        MediationEvents.FollowedUp.TYPE,
        MediationEvents.FollowedUp.of(
            a, actor, "已履行", "PERFORMED", LocalDate.of(2026, 12, 31), now));
    Assignment declined = assignment();
    declined.decline("grid.minle", "出差在外", now);
    conforms(
        MediationEvents.Declined.TYPE, MediationEvents.Declined.of(declined, actor, false, now));
  }

  @Test
  void mediationConcludedConformsSettledAndFailed() throws Exception {
    Assignment settled = assignment();
    settled.accept("grid.minle", now);
    settled.conclude(
        Conclusion.of(
            MediationOutcome.SETTLED,
            ConclusionTest.agreement(ConclusionTest.bothSigned()),
            true,
            null,
            null,
            ConclusionTest.LABOUR),
        "grid.minle",
        now);
    IssuedAgreement issued = new IssuedAgreement(settled, new byte[] {1}, "a".repeat(64), now);
    conforms(MediationConcluded.TYPE, MediationConcluded.of(settled, actor, issued, now));

    Assignment failed = assignment();
    failed.accept("grid.minle", now);
    failed.conclude(
        Conclusion.of(
            MediationOutcome.FAILED,
            null,
            false,
            "差距过大",
            Suggestion.ARBITRATION,
            ConclusionTest.LABOUR),
        "grid.minle",
        now);
    conforms(MediationConcluded.TYPE, MediationConcluded.of(failed, actor, null, now));
  }
}
