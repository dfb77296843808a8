CREATE TABLE application (
    id                     CHAR(36)     NOT NULL,
    dispute_id             CHAR(36)     NOT NULL,
    court_code             VARCHAR(80)  NOT NULL,
    center_code            VARCHAR(120) NOT NULL,
    mediator_code          VARCHAR(80)  NOT NULL,
    agreement_text         MEDIUMTEXT   NOT NULL,
    agreement_effective_on DATE         NOT NULL,
    apply_by               DATE         NOT NULL,
    status                 VARCHAR(40)  NOT NULL,
    requested_at           TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_application_dispute (dispute_id),
    KEY ix_application_court (court_code, requested_at),
    KEY ix_application_center (center_code, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
