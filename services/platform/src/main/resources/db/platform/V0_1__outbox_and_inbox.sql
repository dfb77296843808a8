-- Platform tables every service carries in its own database (ADR 0001).
-- Platform migrations are numbered V0_x so they sort before a service's own V1+ migrations;
-- services run Flyway with out-of-order enabled so a later platform migration still applies.

CREATE TABLE outbox_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    event_id      CHAR(36)     NOT NULL,
    aggregate_id  VARCHAR(64)  NOT NULL,
    topic         VARCHAR(200) NOT NULL,
    event_type    VARCHAR(100) NOT NULL,
    payload       LONGTEXT     NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    sent_at       TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_outbox_event_id (event_id),
    KEY ix_outbox_unsent (sent_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE processed_event (
    event_id      CHAR(36)     NOT NULL,
    consumer      VARCHAR(100) NOT NULL,
    event_type    VARCHAR(100) NOT NULL,
    processed_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (event_id, consumer)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
