package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file attached to a dispute: the reference to content-addressed bytes in the store. */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id String id;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "file_name", nullable = false)
  String fileName;

  @Column(name = "media_type", nullable = false)
  String mediaType;

  @Column(name = "size_bytes", nullable = false)
  long size;

  @Column(nullable = false)
  String sha256;

  String description;

  @Column(name = "uploaded_by", nullable = false)
  String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  Instant uploadedAt;

  protected Attachment() {}

  /** Files may be added while the case is alive, also to a linked duplicate; not once it ended. */
  public static boolean mayAttachTo(DisputeStatus status) {
    return status != DisputeStatus.WITHDRAWN && status != DisputeStatus.CLOSED;
  }

  public Attachment(
      String disputeId,
      UploadedFile file,
      String description,
      String uploadedBy,
      Instant uploadedAt) {
    this.id = UUID.randomUUID().toString();
    this.disputeId = disputeId;
    this.fileName = file.fileName();
    this.mediaType = file.mediaType();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.description = description;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public String id() {
    return id;
  }

  public String disputeId() {
    return disputeId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public String description() {
    return description;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
