-- Clocks are data (product-spec §4): a new statute or a changed policy is a row, not a release.
CREATE TABLE sla_policy (
    clock            VARCHAR(60)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    start_event      VARCHAR(100)  NOT NULL,
    length           INT           NOT NULL,
    unit             VARCHAR(20)   NOT NULL,
    warn_at_percent  INT           NOT NULL,
    consequence      VARCHAR(1000) NOT NULL,
    citation         VARCHAR(500)  NOT NULL,
    extension        VARCHAR(1000) NULL,
    condition_json   VARCHAR(1000) NULL,
    PRIMARY KEY (clock),
    KEY ix_policy_start_event (start_event)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One State Council holiday notice per year: days off and 调休 make-up working days.
CREATE TABLE calendar_year (
    year             INT           NOT NULL,
    notice           VARCHAR(300)  NOT NULL,
    holidays         TEXT          NOT NULL,
    makeup_workdays  TEXT          NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE deadline (
    id               CHAR(36)      NOT NULL,
    dispute_id       CHAR(36)      NOT NULL,
    clock            VARCHAR(60)   NOT NULL,
    center_code      VARCHAR(120)  NOT NULL,
    started_at       TIMESTAMP(6)  NOT NULL,
    warn_at          TIMESTAMP(6)  NOT NULL,
    due_at           TIMESTAMP(6)  NOT NULL,
    due_date         DATE          NOT NULL,
    provisional      BOOLEAN       NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    citation         VARCHAR(500)  NOT NULL,
    start_event_id   CHAR(36)      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_deadline_start (start_event_id, clock),
    KEY ix_deadline_dispute (dispute_id),
    KEY ix_deadline_due (state, due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
