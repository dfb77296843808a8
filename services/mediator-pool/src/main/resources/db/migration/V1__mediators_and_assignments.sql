-- The roster a center assigns from. specialties holds comma-separated category codes; an empty
-- value marks a generalist, who may take any category.
CREATE TABLE mediator (
    code         VARCHAR(80)   NOT NULL,
    username     VARCHAR(200)  NULL,
    name         VARCHAR(200)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    center_code  VARCHAR(120)  NOT NULL,
    specialties  VARCHAR(1000) NOT NULL,
    capacity     INT           NOT NULL,
    active       BOOLEAN       NOT NULL,
    PRIMARY KEY (code),
    KEY ix_mediator_center (center_code, code),
    KEY ix_mediator_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per assignment decision of a dispute; the newest row is the current one. Rows are
-- kept when a re-routing supersedes them: together they are the dispute's assignment history.
-- agreement_text is MEDIUMTEXT because 20,000 CJK characters exceed TEXT's 64 KiB in utf8mb4.
CREATE TABLE assignment (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    dispute_id              CHAR(36)      NOT NULL,
    routed_event_id         CHAR(36)      NOT NULL,
    center_code             VARCHAR(120)  NOT NULL,
    category                VARCHAR(40)   NOT NULL,
    mediator_code           VARCHAR(80)   NULL,
    status                  VARCHAR(20)   NOT NULL,
    reason                  VARCHAR(2000) NULL,
    trace                   LONGTEXT      NOT NULL,
    assigned_at             TIMESTAMP(6)  NOT NULL,
    concluded_at            TIMESTAMP(6)  NULL,
    concluded_by            VARCHAR(200)  NULL,
    agreement_text          MEDIUMTEXT    NULL,
    agreement_effective_on  DATE          NULL,
    confirmation_requested  BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    KEY ix_assignment_dispute (dispute_id, id),
    KEY ix_assignment_mediator (mediator_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
