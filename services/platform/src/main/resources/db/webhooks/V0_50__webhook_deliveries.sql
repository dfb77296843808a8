-- Opt-in webhook deliveries (org.jiefen.platform.webhook; ADR 0010). Only services that list
-- db/webhooks in quarkus.flyway.locations get these tables. Numbered V0_50: below every service's
-- V1 and away from the V0_x of db/platform; with out-of-order Flyway a service that opts in later
-- still gets it.

-- One change to push to one subscriber, written in the transaction that made the change (an outbox
-- for webhooks). The dispatcher claims due rows with FOR UPDATE SKIP LOCKED and a lease.
CREATE TABLE webhook_delivery (
    id                CHAR(36)     NOT NULL,
    seq               BIGINT       NOT NULL AUTO_INCREMENT,
    subscriber        VARCHAR(120) NOT NULL,
    event_name        VARCHAR(100) NOT NULL,
    aggregate_id      VARCHAR(160) NOT NULL,
    payload           TEXT         NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    attempts          INT          NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMP(6) NOT NULL,
    last_http_status  INT          NULL,
    last_error        VARCHAR(500) NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    delivered_at      TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_webhook_delivery_seq (seq),
    KEY ix_webhook_delivery_due (state, next_attempt_at),
    KEY ix_webhook_delivery_subscriber (subscriber, seq),
    KEY ix_webhook_delivery_subscriber_state (subscriber, state, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every try at a delivery, kept so the subscriber sees each answer.
CREATE TABLE webhook_attempt (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    delivery_id       CHAR(36)     NOT NULL,
    attempt           INT          NOT NULL,
    attempted_at      TIMESTAMP(6) NOT NULL,
    http_status       INT          NULL,
    error             VARCHAR(500) NULL,
    duration_ms       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_webhook_attempt_delivery (delivery_id, attempt),
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
