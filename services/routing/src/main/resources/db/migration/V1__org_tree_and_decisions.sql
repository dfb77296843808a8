CREATE TABLE org_unit (
    code         VARCHAR(120) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    level        VARCHAR(20)  NOT NULL,
    parent_code  VARCHAR(120) NULL,
    sample       BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (code),
    KEY ix_org_unit_parent (parent_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE routing_decision (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    dispute_id      CHAR(36)     NOT NULL,
    center_code     VARCHAR(120) NOT NULL,
    center_level    VARCHAR(20)  NOT NULL,
    mediation_type  VARCHAR(40)  NOT NULL,
    flags           VARCHAR(200) NOT NULL,
    rule_name       VARCHAR(200) NOT NULL,
    trace           LONGTEXT     NOT NULL,
    decided_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_routing_decision_dispute (dispute_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
