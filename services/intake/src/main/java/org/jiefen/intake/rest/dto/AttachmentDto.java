package org.jiefen.intake.rest.dto;

import java.time.Instant;
import org.jiefen.intake.domain.Attachment;

public record AttachmentDto(
    String id,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    String description,
    String uploadedBy,
    Instant uploadedAt) {

  public static AttachmentDto of(Attachment a) {
    return new AttachmentDto(
        a.id(),
        a.fileName(),
        a.mediaType(),
        a.size(),
        a.sha256(),
        a.description(),
        a.uploadedBy(),
        a.uploadedAt());
  }
}
