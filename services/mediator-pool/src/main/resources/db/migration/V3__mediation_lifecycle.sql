-- The assignment's lifecycle: the mediator answers (accept / decline), nobody answers (expired),
-- staff reassign by hand; the version lets two staff racing on one dispute be told apart (409).
ALTER TABLE assignment
    ADD COLUMN version              BIGINT        NOT NULL DEFAULT 0,
    ADD COLUMN assigned_event_id    CHAR(36)      NULL,
    ADD COLUMN answered_at          TIMESTAMP(6)  NULL,
    ADD COLUMN answered_by          VARCHAR(200)  NULL,
    ADD COLUMN answer_reason        VARCHAR(2000) NULL,
    ADD COLUMN first_contact_at     TIMESTAMP(6)  NULL,
    ADD COLUMN paused_since         TIMESTAMP(6)  NULL,
    ADD COLUMN failure_reason       VARCHAR(2000) NULL,
    ADD COLUMN suggestion           VARCHAR(20)   NULL,
    ADD COLUMN agreement_facts      MEDIUMTEXT    NULL,
    ADD COLUMN performance_deadline DATE          NULL,
    ADD KEY ix_assignment_assigned_event (assigned_event_id);

-- The parties as routing carried them (no ID or phone numbers), for conflict-of-interest checks
-- and for the agreement's parties block.
CREATE TABLE dispute_party (
    dispute_id    CHAR(36)     NOT NULL,
    position      INT          NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    organization  VARCHAR(200) NULL,
    PRIMARY KEY (dispute_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a mediator has disclosed (在线调解规则 Art. 13): an employer or other affiliation, a
-- relative. A dispute whose respondent is that organisation, or whose party is that person, is
-- not assigned to the mediator.
CREATE TABLE mediator_disclosure (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    mediator_code  VARCHAR(80)  NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    subject        VARCHAR(200) NOT NULL,
    declared_at    TIMESTAMP(6) NOT NULL,
    declared_by    VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_disclosure_mediator (mediator_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Contacts and sessions: when, how, with whom, what happened.
CREATE TABLE mediation_entry (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    dispute_id        CHAR(36)     NOT NULL,
    assignment_id     BIGINT       NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    mode              VARCHAR(20)  NOT NULL,
    held_at           TIMESTAMP(6) NOT NULL,
    with_other_party  BOOLEAN      NOT NULL,
    participants      TEXT         NOT NULL,
    notes             MEDIUMTEXT   NULL,
    recorded_by       VARCHAR(200) NOT NULL,
    recorded_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_entry_dispute (dispute_id, held_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mediation_pause (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    dispute_id     CHAR(36)      NOT NULL,
    assignment_id  BIGINT        NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    paused_at      TIMESTAMP(6)  NOT NULL,
    paused_by      VARCHAR(200)  NOT NULL,
    resumed_at     TIMESTAMP(6)  NULL,
    resumed_by     VARCHAR(200)  NULL,
    PRIMARY KEY (id),
    KEY ix_pause_assignment (assignment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An extension with every party's consent (who, when, how) as JSON.
CREATE TABLE mediation_extension (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    dispute_id     CHAR(36)      NOT NULL,
    assignment_id  BIGINT        NOT NULL,
    days           INT           NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    consents       TEXT          NOT NULL,
    recorded_by    VARCHAR(200)  NOT NULL,
    recorded_at    TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_extension_assignment (assignment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Parties' signatures on a settlement: who, when, by which channel.
CREATE TABLE agreement_signature (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    assignment_id  BIGINT       NOT NULL,
    position       INT          NOT NULL,
    party_name     VARCHAR(200) NOT NULL,
    signed_at      TIMESTAMP(6) NOT NULL,
    channel        VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_signature_assignment (assignment_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The 调解协议书 as issued: the PDF bytes and their SHA-256, never regenerated.
CREATE TABLE agreement_document (
    id             CHAR(36)     NOT NULL,
    dispute_id     CHAR(36)     NOT NULL,
    assignment_id  BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    content        LONGBLOB     NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_document_assignment (assignment_id),
    KEY ix_document_dispute (dispute_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The follow-up of a settled agreement's performance (人民调解法 Art. 31), due after its deadline.
CREATE TABLE follow_up (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    dispute_id     CHAR(36)      NOT NULL,
    assignment_id  BIGINT        NOT NULL,
    center_code    VARCHAR(120)  NOT NULL,
    due_on         DATE          NOT NULL,
    checked_on     DATE          NULL,
    result         VARCHAR(30)   NULL,
    notes          VARCHAR(2000) NULL,
    recorded_by    VARCHAR(200)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_follow_up_assignment (assignment_id),
    KEY ix_follow_up_due (center_code, checked_on, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
