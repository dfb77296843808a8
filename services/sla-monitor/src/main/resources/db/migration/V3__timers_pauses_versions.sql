-- Clocks as full data (issue 6): a policy is versioned (a running clock keeps the version it
-- started with), says whether its clock belongs to the dispute (survives transfers) or to the
-- center's stage (handed over on a transfer), what happens on expiry, and which events pause,
-- resume and extend it.
ALTER TABLE sla_policy
    ADD COLUMN version          INT           NOT NULL DEFAULT 1,
    ADD COLUMN scope            VARCHAR(10)   NOT NULL DEFAULT 'DISPUTE',
    ADD COLUMN action           VARCHAR(30)   NOT NULL DEFAULT 'FLAG',
    ADD COLUMN pause_events     VARCHAR(500)  NOT NULL DEFAULT '',
    ADD COLUMN pause_condition  VARCHAR(1000) NULL,
    ADD COLUMN resume_events    VARCHAR(500)  NOT NULL DEFAULT '',
    ADD COLUMN extend_events    VARCHAR(500)  NOT NULL DEFAULT '',
    ADD COLUMN extend_days      INT           NULL,
    ADD COLUMN max_extensions   INT           NOT NULL DEFAULT 0,
    ADD COLUMN updated_by       VARCHAR(200)  NULL,
    ADD COLUMN updated_at       TIMESTAMP(6)  NULL;

-- Every version of every policy as it was defined, and who defined it.
CREATE TABLE sla_policy_version (
    clock        VARCHAR(60)  NOT NULL,
    version      INT          NOT NULL,
    definition   TEXT         NOT NULL,
    changed_by   VARCHAR(200) NOT NULL,
    changed_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (clock, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A deadline carries what it was started with and its one timer: the next flag it owes
-- (WARNING at warn_at, then OVERDUE at due_at) — the durable due-date index the scanner reads by
-- range, per Kafka partition of the dispute, never by a full scan.
ALTER TABLE deadline
    ADD COLUMN version          INT          NOT NULL DEFAULT 1,
    ADD COLUMN policy_version   INT          NOT NULL DEFAULT 1,
    ADD COLUMN length           INT          NOT NULL DEFAULT 0,
    ADD COLUMN unit             VARCHAR(20)  NOT NULL DEFAULT 'CALENDAR_DAYS',
    ADD COLUMN warn_at_percent  INT          NOT NULL DEFAULT 80,
    ADD COLUMN scope            VARCHAR(10)  NOT NULL DEFAULT 'DISPUTE',
    ADD COLUMN action           VARCHAR(30)  NOT NULL DEFAULT 'FLAG',
    ADD COLUMN partition_no     INT          NOT NULL DEFAULT 0,
    ADD COLUMN paused_since     TIMESTAMP(6) NULL,
    ADD COLUMN paused_seconds   BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN extended_days    INT          NOT NULL DEFAULT 0,
    ADD COLUMN extensions       INT          NOT NULL DEFAULT 0,
    ADD COLUMN next_flag_at     TIMESTAMP(6) NULL,
    ADD COLUMN next_flag        VARCHAR(10)  NULL,
    ADD KEY ix_deadline_timer (partition_no, next_flag_at),
    ADD KEY ix_deadline_board (center_code, state, due_at);

-- Existing open clocks get their timer: a warning if still ahead, else the overdue flag.
UPDATE deadline
SET next_flag_at = CASE WHEN warn_at > UTC_TIMESTAMP(6) THEN warn_at ELSE due_at END,
    next_flag    = CASE WHEN warn_at > UTC_TIMESTAMP(6) THEN 'WARNING' ELSE 'OVERDUE' END
WHERE state = 'OPEN';

-- A flag raised: once per clock, deadline version and kind — the unique key makes a second one
-- impossible, whatever restarts and redeliveries happen.
CREATE TABLE sla_flag (
    deadline_id  CHAR(36)     NOT NULL,
    version      INT          NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    raised_at    TIMESTAMP(6) NOT NULL,
    event_id     CHAR(36)     NOT NULL,
    PRIMARY KEY (deadline_id, version, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The injectable clock of non-production runtimes: how far "now" has been advanced.
CREATE TABLE sla_clock_offset (
    id           INT          NOT NULL,
    offset_ms    BIGINT       NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
