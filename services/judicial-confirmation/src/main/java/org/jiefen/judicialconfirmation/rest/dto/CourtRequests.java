package org.jiefen.judicialconfirmation.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiefen.judicialconfirmation.domain.ApplicationStatus;
import org.jiefen.judicialconfirmation.domain.RejectionGround;

/** The bodies of the court's writes (pinned field names). */
public final class CourtRequests {

  private CourtRequests() {}

  public record MaterialsRequest(
      @Schema(example = "[\"双方当事人身份证明复印件\", \"劳动合同原件\"]") @NotEmpty @Size(max = 20)
          List<@NotBlank @Size(max = 500) String> items) {}

  public record Decision(
      @Schema(
              example = "CONFIRMED",
              enumeration = {"CONFIRMED", "REJECTED"})
          @NotNull
          ApplicationStatus result,
      @Schema(example = "(2026)粤0309民特123号") @Size(max = 60) String rulingNumber,
      @Schema(description = "法释〔2011〕5号 Art. 7 ground, required for REJECTED")
          RejectionGround reasonCode,
      @Size(max = 2000) String reason) {}

  public record Extension(
      @Schema(example = "李院长") @NotBlank @Size(max = 200) String approvedBy,
      @Schema(example = "需要核实履行能力") @NotBlank @Size(max = 2000) String reason) {}

  public record Supplied(@NotBlank @Size(max = 2000) String note) {}
}
