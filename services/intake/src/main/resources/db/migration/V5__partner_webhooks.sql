-- A partner platform's callback for status changes of the disputes it handed in (ADR 0010).
-- The signing secret is stored AES-GCM encrypted with the PII key: it must be read back to sign.
CREATE TABLE partner_webhook (
    platform          VARCHAR(20)  NOT NULL,
    url               VARCHAR(500) NOT NULL,
    secret_enc        VARCHAR(200) NOT NULL,
    secret_issued_at  TIMESTAMP(6) NOT NULL,
    updated_by        VARCHAR(200) NOT NULL,
    updated_at        TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (platform)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One status change to push, written in the transaction that changed the status (an outbox for
-- partners). The dispatcher claims due rows with FOR UPDATE SKIP LOCKED and a lease.
CREATE TABLE partner_delivery (
    id                CHAR(36)     NOT NULL,
    seq               BIGINT       NOT NULL AUTO_INCREMENT,
    platform          VARCHAR(20)  NOT NULL,
    dispute_id        CHAR(36)     NOT NULL,
    external_ref      VARCHAR(120) NOT NULL,
    status            VARCHAR(40)  NOT NULL,
    payload           TEXT         NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    attempts          INT          NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMP(6) NOT NULL,
    last_http_status  INT          NULL,
    last_error        VARCHAR(500) NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    delivered_at      TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_delivery_seq (seq),
    KEY ix_delivery_due (state, next_attempt_at),
    KEY ix_delivery_platform (platform, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner_delivery_attempt (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    delivery_id       CHAR(36)     NOT NULL,
    attempt           INT          NOT NULL,
    attempted_at      TIMESTAMP(6) NOT NULL,
    http_status       INT          NULL,
    error             VARCHAR(500) NULL,
    duration_ms       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_attempt_delivery (delivery_id, attempt),
    CONSTRAINT fk_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES partner_delivery (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
