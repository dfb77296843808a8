package org.jiefen.intake.rest.dto;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The case view of product-spec §5. Personal numbers appear masked only. */
public record DisputeView(
    String id,
    String status,
    String channel,
    String category,
    String summary,
    LocalDate occurredAt,
    Location location,
    List<PartyView> parties,
    BigDecimal claimAmount,
    Source source,
    String centerCode,
    String mediationType,
    Assignee assignee,
    List<DeadlineItem> deadlines,
    ArbitrationNotice arbitrationRight,
    List<String> flags,
    @JsonRawValue String routingTrace,
    List<Link> links,
    List<AttachmentDto> attachments,
    Instant createdAt,
    Instant updatedAt) {

  /** A linked report: this case is the duplicate of, or is duplicated by, the other one. */
  public record Link(String disputeId, String relation, Instant linkedAt) {}

  public record Location(String communityCode, String gridCode, String address) {}

  public record PartyView(
      String role, String name, String organization, String idNumber, String phone) {}

  public record Source(String platform, String externalRef) {}

  public record Assignee(String code, String name, String username) {}

  /** The parties may apply for arbitration (labour, 劳动争议调解仲裁法 Art. 14); null until then. */
  public record ArbitrationNotice(
      Instant arisenAt, String centerCode, String notice, String citation) {}

  public record DeadlineItem(
      String clock,
      String centerCode,
      Instant startedAt,
      Instant warnAt,
      Instant dueAt,
      String state,
      boolean provisional,
      String citation) {}
}
