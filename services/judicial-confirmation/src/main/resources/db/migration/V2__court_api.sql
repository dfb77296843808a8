-- The application as the court works it (ADR 0014): accepted (受理), materials asked for and
-- supplied, extended once with the president's approval, decided; the version makes two court
-- writes on one application collide instead of both winning.
ALTER TABLE application
    ADD COLUMN version                  BIGINT        NOT NULL DEFAULT 0,
    ADD COLUMN organisation_name        VARCHAR(200)  NULL,
    ADD COLUMN parties_json             TEXT          NULL,
    ADD COLUMN document_sha256          CHAR(64)      NULL,
    ADD COLUMN accepted_at              TIMESTAMP(6)  NULL,
    ADD COLUMN accepted_by              VARCHAR(200)  NULL,
    ADD COLUMN materials_items          TEXT          NULL,
    ADD COLUMN materials_requested_at   TIMESTAMP(6)  NULL,
    ADD COLUMN materials_supplied_at    TIMESTAMP(6)  NULL,
    ADD COLUMN materials_note           VARCHAR(2000) NULL,
    ADD COLUMN extended_at              TIMESTAMP(6)  NULL,
    ADD COLUMN extension_approved_by    VARCHAR(200)  NULL,
    ADD COLUMN extension_reason         VARCHAR(2000) NULL,
    ADD COLUMN decided_at               TIMESTAMP(6)  NULL,
    ADD COLUMN decided_by               VARCHAR(200)  NULL,
    ADD COLUMN ruling_number            VARCHAR(60)   NULL,
    ADD COLUMN reason_code              VARCHAR(40)   NULL,
    ADD COLUMN reason_text              VARCHAR(2000) NULL,
    ADD KEY ix_application_court_status (court_code, status, requested_at);

UPDATE application SET status = 'PENDING' WHERE status = 'REQUESTED';

-- The agreement PDF as mediator-pool issued it (agreement.issued.v1), checked against its hash.
CREATE TABLE agreement_document (
    dispute_id     CHAR(36)     NOT NULL,
    document_id    CHAR(36)     NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    content        LONGBLOB     NOT NULL,
    organisation_name VARCHAR(200) NOT NULL,
    parties_json   TEXT         NOT NULL,
    received_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (dispute_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A court's write under its Idempotency-Key: the same key and body answer the same again.
CREATE TABLE court_idempotency (
    court_code     VARCHAR(80)  NOT NULL,
    idem_key       VARCHAR(200) NOT NULL,
    request_hash   CHAR(64)     NOT NULL,
    response_status INT         NOT NULL,
    response_body  MEDIUMTEXT   NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (court_code, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
