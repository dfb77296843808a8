package org.jiefen.intake.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.intake.domain.Attachment;
import org.jiefen.intake.domain.Dispute;
import org.jiefen.intake.domain.UploadedFile;
import org.jiefen.intake.messaging.out.DisputeAttached;
import org.jiefen.intake.repository.AttachmentRepository;
import org.jiefen.intake.storage.AttachmentStore;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * Attaches files to a dispute. The caller's scope is checked before a byte is stored; the bytes go
 * to the store first and the attachment row, its event and its timeline line commit together after
 * — so a failure leaves at most an unreferenced blob, never a row without its file.
 */
@ApplicationScoped
public class AttachmentService {

  /** The outcome of an upload; {@code created} is false when the same content was already there. */
  public record Added(Attachment attachment, boolean created) {}

  private final DisputeQueries queries;
  private final AttachmentRepository attachments;
  private final AttachmentStore store;
  private final UploadInspector inspector;
  private final Timeline timeline;
  private final Outbox outbox;
  private final Caller caller;
  private final String topic;
  private final int maxPerDispute;

  AttachmentService(
      DisputeQueries queries,
      AttachmentRepository attachments,
      AttachmentStore store,
      UploadInspector inspector,
      Timeline timeline,
      Outbox outbox,
      Caller caller,
      @ConfigProperty(name = "jiefen.topics.intake") String topic,
      @ConfigProperty(name = "jiefen.intake.attachments.max-per-dispute") int maxPerDispute) {
    this.queries = queries;
    this.attachments = attachments;
    this.store = store;
    this.inspector = inspector;
    this.timeline = timeline;
    this.outbox = outbox;
    this.caller = caller;
    this.topic = topic;
    this.maxPerDispute = maxPerDispute;
  }

  public Added add(String disputeId, Path file, String clientFileName, String description) {
    QuarkusTransaction.requiringNew().run(() -> checkOpen(queries.visibleForUpdate(disputeId)));
    UploadedFile upload = inspector.inspect(file, clientFileName);
    try {
      store.put(upload.sha256(), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the attachment", e);
    }
    try {
      return QuarkusTransaction.requiringNew().call(() -> record(disputeId, upload, description));
    } catch (PersistenceException e) {
      // The same content raced in twice: the loser answers with the winner's attachment.
      return QuarkusTransaction.requiringNew().call(() -> record(disputeId, upload, description));
    }
  }

  private Added record(String disputeId, UploadedFile upload, String description) {
    Dispute dispute = queries.visibleForUpdate(disputeId);
    checkOpen(dispute);
    Optional<Attachment> same = attachments.withContent(disputeId, upload.sha256());
    if (same.isPresent()) {
      return new Added(same.get(), false);
    }
    if (attachments.countOf(disputeId) >= maxPerDispute) {
      throw ProblemException.conflict(
          "the dispute already has the most attachments allowed (" + maxPerDispute + ")");
    }
    Instant now = Instant.now();
    Attachment attachment = new Attachment(disputeId, upload, description, caller.username(), now);
    attachments.persist(attachment);
    DisputeAttached event = DisputeAttached.of(attachment, dispute.centerCode(), caller.actor());
    outbox.publish(topic, event);
    timeline.record(
        disputeId,
        event.eventId(),
        DisputeAttached.TYPE,
        now,
        event.actor(),
        dispute.centerCode(),
        "Attached %s (%s, %d KB)"
            .formatted(upload.fileName(), upload.mediaType(), (upload.size() + 1023) / 1024),
        description);
    return new Added(attachment, true);
  }

  public List<Attachment> list(String disputeId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              queries.visibleForUpdate(disputeId);
              return attachments.ofDispute(disputeId);
            });
  }

  /** The attachment's record and its bytes, if the caller may see the dispute. */
  public Opened open(String disputeId, String attachmentId) {
    Attachment a =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  queries.visibleForUpdate(disputeId);
                  return attachments
                      .findByIdOptional(attachmentId)
                      .filter(found -> found.disputeId().equals(disputeId))
                      .orElseThrow(() -> ProblemException.notFound("attachment " + attachmentId));
                });
    try {
      return new Opened(a, store.open(a.sha256()));
    } catch (IOException e) {
      throw new UncheckedIOException("attachment " + attachmentId + " is missing its file", e);
    }
  }

  public record Opened(Attachment attachment, InputStream content) {}

  private static void checkOpen(Dispute d) {
    if (!Attachment.mayAttachTo(d.status())) {
      throw ProblemException.conflict("the dispute is " + d.status() + "; nothing can be attached");
    }
  }
}
