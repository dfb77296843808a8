-- Files attached to a dispute. The bytes live in the attachment store (content-addressed by
-- SHA-256); this row is the dispute's reference to them. The same content attached twice to one
-- dispute is one attachment (a phone resending after a dropped signal).
CREATE TABLE attachment (
    id            CHAR(36)     NOT NULL,
    dispute_id    CHAR(36)     NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    description   VARCHAR(500) NULL,
    uploaded_by   VARCHAR(200) NOT NULL,
    uploaded_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_attachment_content (dispute_id, sha256),
    CONSTRAINT fk_attachment_dispute FOREIGN KEY (dispute_id) REFERENCES dispute (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
