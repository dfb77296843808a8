package org.jiefen.mediatorpool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jiefen.mediatorpool.domain.MediatorPicker;
import org.jiefen.mediatorpool.domain.Pick;
import org.jiefen.mediatorpool.domain.RoutedDispute;
import org.jiefen.mediatorpool.messaging.out.DisputeAssigned;
import org.jiefen.mediatorpool.messaging.out.MediationConcluded;
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

  @Test
  void disputeAssignedConforms() {
    Pick pick =
        new MediatorPicker()
            .pick(
                new RoutedDispute(disputeId, "e", MediatorPickerTest.MINLE, "LABOR"),
                List.of(MediatorPickerTest.generalist("m-1")),
                Map.of());
    DisputeAssigned event =
        DisputeAssigned.of(
            disputeId,
            MediatorPickerTest.MINLE,
            "m-1",
            "调解员m-1",
            null,
            new DisputeAssigned.Trace(pick.rule(), pick.inputs(), pick.candidates()));

    assertEquals(
        List.of(), EventSchemas.violations(DisputeAssigned.TYPE, mapper.valueToTree(event)));
  }

  @Test
  void mediationConcludedConformsSettledAndFailed() {
    Actor actor = new Actor(Actor.Kind.USER, "sub", "grid.minle", MediatorPickerTest.MINLE);
    MediationConcluded settled =
        MediationConcluded.of(
            disputeId,
            actor,
            MediatorPickerTest.MINLE,
            "m-1",
            "SETTLED",
            new MediationConcluded.Agreement("协议", LocalDate.of(2026, 11, 23)),
            true);
    MediationConcluded failed =
        MediationConcluded.of(
            disputeId, actor, MediatorPickerTest.MINLE, "m-1", "FAILED", null, false);

    assertEquals(
        List.of(), EventSchemas.violations(MediationConcluded.TYPE, mapper.valueToTree(settled)));
    assertEquals(
        List.of(), EventSchemas.violations(MediationConcluded.TYPE, mapper.valueToTree(failed)));
  }
}
