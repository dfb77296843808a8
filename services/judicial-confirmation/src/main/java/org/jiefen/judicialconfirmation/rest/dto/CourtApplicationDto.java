package org.jiefen.judicialconfirmation.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiefen.judicialconfirmation.domain.Application;

/** An application as the court's case system reads it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CourtApplication", description = "A judicial-confirmation application (申请司法确认).")
public record CourtApplicationDto(
    @Schema(example = "6f1c2a9e-2b7d-4d1a-9a53-3f5f0e6c9b21") String id,
    String disputeId,
    @Schema(example = "ACCEPTED") String status,
    @Schema(example = "court-longhua") String courtCode,
    @Schema(example = "longhua.minzhi.minle") String centerCode,
    @Schema(example = "民治街道民乐社区人民调解委员会") String organisationName,
    List<PartyDto> parties,
    AgreementDto agreement,
    Instant requestedAt,
    Instant acceptedAt,
    MaterialsDto materials,
    ExtensionDto extension,
    DecisionDto decision) {

  public record PartyDto(
      @Schema(example = "APPLICANT") String role, @Schema(example = "张三") String name) {}

  public record AgreementDto(
      @Schema(example = "被申请人于2026年12月31日前一次性支付申请人工资12000元。") String terms,
      LocalDate effectiveOn,
      @Schema(description = "The last day to apply (民事诉讼法 Art. 205)") LocalDate applyBy,
      @Schema(description = "SHA-256 of the agreement PDF as the mediation organisation issued it")
          String documentSha256,
      @Schema(example = "/api/v1/court/applications/6f1c…/agreement.pdf") String pdf) {}

  public record MaterialsDto(
      List<String> items, Instant requestedAt, Instant suppliedAt, String note) {}

  public record ExtensionDto(
      @Schema(example = "10") int days,
      @Schema(example = "李院长") String approvedBy,
      String reason,
      Instant at) {}

  public record DecisionDto(
      @Schema(example = "CONFIRMED") String result,
      @Schema(example = "(2026)粤0309民特123号") String rulingNumber,
      @Schema(example = "UNCLEAR_CONTENT") String reasonCode,
      String reason,
      Instant decidedAt) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static CourtApplicationDto of(Application a) {
    return new CourtApplicationDto(
        a.id(),
        a.disputeId(),
        a.status().name(),
        a.courtCode(),
        a.centerCode(),
        a.organisationName(),
        a.partiesJson() == null
            ? List.of()
            : read(a.partiesJson(), new TypeReference<List<PartyDto>>() {}),
        new AgreementDto(
            a.agreementText(),
            a.agreementEffectiveOn(),
            a.applyBy(),
            a.documentSha256(),
            a.documentSha256() == null
                ? null
                : "/api/v1/court/applications/" + a.id() + "/agreement.pdf"),
        a.requestedAt(),
        a.acceptedAt(),
        a.materialsRequestedAt() == null
            ? null
            : new MaterialsDto(
                read(a.materialsItems(), new TypeReference<List<String>>() {}),
                a.materialsRequestedAt(),
                a.materialsSuppliedAt(),
                a.materialsNote()),
        a.extendedAt() == null
            ? null
            : new ExtensionDto(
                Application.EXTENSION_DAYS,
                a.extensionApprovedBy(),
                a.extensionReason(),
                a.extendedAt()),
        a.decidedAt() == null
            ? null
            : new DecisionDto(
                a.status().name(),
                a.rulingNumber(),
                a.reasonCode() == null ? null : a.reasonCode().name(),
                a.reasonText(),
                a.decidedAt()));
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is malformed", e);
    }
  }
}
