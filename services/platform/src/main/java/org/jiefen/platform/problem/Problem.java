package org.jiefen.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jiefen.platform.logging.PersonalNumbers;

/** An RFC 9457 problem document; {@code errors} names each offending field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * No ID or phone number in any response (product-spec §6): a detail or instance that echoes the
   * caller's path or input — e.g. {@code GET /api/v1/disputes/<an ID number>} answered "dispute
   * &lt;it&gt; not found" (HostileInputIT) — carries it masked like every other personal number.
   */
  public Problem {
    detail = PersonalNumbers.mask(detail);
    instance = PersonalNumbers.mask(instance);
  }

  public record FieldError(String field, String message) {}
}
