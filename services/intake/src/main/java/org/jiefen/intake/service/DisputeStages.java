package org.jiefen.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiefen.intake.domain.Dispute;
import org.jiefen.intake.domain.DisputeStage;
import org.jiefen.intake.domain.Stages;
import org.jiefen.intake.repository.DisputeRepository;
import org.jiefen.intake.repository.DisputeStageRepository;
import org.jiefen.intake.repository.TimelineRepository;

/**
 * Keeps dispute_stage in step with the timeline: called in the transaction that wrote a routed,
 * concluded or withdrawn line, it recomputes the dispute's stages from all its lines, so lines
 * arriving out of order (different topics) still give the right stages. The dispute row is locked
 * first: two such lines of one dispute written at once by different consumers would otherwise each
 * miss the other's; the loser's version check fails and the inbox retries it.
 */
@ApplicationScoped
public class DisputeStages {

  private final DisputeRepository disputes;
  private final DisputeStageRepository stages;
  private final TimelineRepository timeline;

  DisputeStages(
      DisputeRepository disputes, DisputeStageRepository stages, TimelineRepository timeline) {
    this.disputes = disputes;
    this.stages = stages;
    this.timeline = timeline;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void refresh(Dispute dispute) {
    disputes.getEntityManager().lock(dispute, LockModeType.PESSIMISTIC_WRITE);
    List<Stages.Stage> computed = Stages.of(timeline.stageLines(dispute.id()));
    Map<String, DisputeStage> kept =
        stages.ofDispute(dispute.id()).stream()
            .collect(Collectors.toMap(DisputeStage::routedEventId, Function.identity()));
    for (Stages.Stage stage : computed) {
      DisputeStage row = kept.remove(stage.routedEventId());
      if (row == null) {
        stages.persist(new DisputeStage(dispute.id(), stage));
      } else {
        row.take(stage);
      }
    }
    kept.values().forEach(stages::delete);
  }
}
