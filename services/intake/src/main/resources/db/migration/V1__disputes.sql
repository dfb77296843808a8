CREATE TABLE dispute (
    id               CHAR(36)      NOT NULL,
    status           VARCHAR(40)   NOT NULL,
    status_at        TIMESTAMP(6)  NOT NULL,
    channel          VARCHAR(30)   NOT NULL,
    category         VARCHAR(40)   NOT NULL,
    summary          TEXT          NOT NULL,
    occurred_on      DATE          NULL,
    community_code   VARCHAR(120)  NOT NULL,
    grid_code        VARCHAR(120)  NULL,
    address          VARCHAR(500)  NULL,
    claim_amount     DECIMAL(15,2) NULL,
    source_platform  VARCHAR(20)   NULL,
    external_ref     VARCHAR(120)  NULL,
    center_code      VARCHAR(120)  NOT NULL,
    mediation_type   VARCHAR(40)   NULL,
    flags            VARCHAR(200)  NOT NULL DEFAULT '',
    routing_trace    LONGTEXT      NULL,
    routed_at        TIMESTAMP(6)  NULL,
    assignee_code    VARCHAR(80)   NULL,
    assignee_name    VARCHAR(200)  NULL,
    assignee_username VARCHAR(200) NULL,
    assigned_at      TIMESTAMP(6)  NULL,
    created_by       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_dispute_center_status (center_code, status),
    KEY ix_dispute_source (source_platform, external_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ID and phone numbers: AES-GCM ciphertext, an HMAC for exact-match search, and the masked form
-- that responses show. The plain number is never stored.
CREATE TABLE party (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    dispute_id       CHAR(36)     NOT NULL,
    position         INT          NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    organization     VARCHAR(200) NULL,
    id_number_enc    VARCHAR(200) NULL,
    id_number_hash   CHAR(64)     NULL,
    id_number_masked VARCHAR(40)  NULL,
    phone_enc        VARCHAR(200) NULL,
    phone_hash       CHAR(64)     NULL,
    phone_masked     VARCHAR(40)  NULL,
    PRIMARY KEY (id),
    KEY ix_party_dispute (dispute_id),
    KEY ix_party_id_hash (id_number_hash),
    KEY ix_party_phone_hash (phone_hash),
    CONSTRAINT fk_party_dispute FOREIGN KEY (dispute_id) REFERENCES dispute (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idempotency_key (
    caller           VARCHAR(200) NOT NULL,
    idem_key         VARCHAR(200) NOT NULL,
    request_hash     CHAR(64)     NOT NULL,
    dispute_id       CHAR(36)     NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (caller, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE timeline_entry (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    dispute_id       CHAR(36)     NOT NULL,
    event_id         CHAR(36)     NOT NULL,
    event_type       VARCHAR(100) NOT NULL,
    occurred_at      TIMESTAMP(6) NOT NULL,
    actor_kind       VARCHAR(20)  NOT NULL,
    actor_username   VARCHAR(200) NULL,
    actor_org_unit   VARCHAR(120) NULL,
    center_code      VARCHAR(120) NULL,
    summary          VARCHAR(1000) NOT NULL,
    reason           VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_timeline_event (event_id),
    KEY ix_timeline_dispute (dispute_id, occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE deadline_view (
    deadline_id      CHAR(36)     NOT NULL,
    dispute_id       CHAR(36)     NOT NULL,
    clock            VARCHAR(60)  NOT NULL,
    center_code      VARCHAR(120) NOT NULL,
    started_at       TIMESTAMP(6) NOT NULL,
    warn_at          TIMESTAMP(6) NOT NULL,
    due_at           TIMESTAMP(6) NOT NULL,
    provisional      BOOLEAN      NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    citation         VARCHAR(500) NOT NULL,
    PRIMARY KEY (deadline_id),
    KEY ix_deadline_dispute (dispute_id),
    KEY ix_deadline_due (state, due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
