-- Routing rules are data, evaluated in position order; every change is versioned and audited.
CREATE TABLE routing_rule (
    id                  VARCHAR(80)   NOT NULL,
    version             INT           NOT NULL,
    position            INT           NOT NULL,
    enabled             BOOLEAN       NOT NULL,
    explanation         VARCHAR(500)  NOT NULL,
    condition_json      VARCHAR(4000) NOT NULL,
    target_level        VARCHAR(20)   NULL,
    target_center_code  VARCHAR(120)  NULL,
    mediation_type      VARCHAR(40)   NOT NULL,
    flags               VARCHAR(200)  NOT NULL,
    updated_by          VARCHAR(200)  NOT NULL,
    updated_at          TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_routing_rule_position (enabled, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE routing_rule_audit (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    rule_id     VARCHAR(80)   NOT NULL,
    version     INT           NOT NULL,
    changed_by  VARCHAR(200)  NOT NULL,
    changed_at  TIMESTAMP(6)  NOT NULL,
    definition  LONGTEXT      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_rule_audit_rule (rule_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
