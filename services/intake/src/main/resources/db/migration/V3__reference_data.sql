-- intake's replica of routing's org tree (orgunit.changed.v1), used to validate community codes.
CREATE TABLE org_unit_replica (
    code          VARCHAR(120) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    level         VARCHAR(20)  NOT NULL,
    parent_code   VARCHAR(120) NULL,
    sample        BOOLEAN      NOT NULL DEFAULT FALSE,
    changed_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dispute categories: intake owns them (seeded from seeds/categories.json, edited by admins).
-- A retired category stays for the disputes that carry it but is refused on new reports.
CREATE TABLE category (
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    position      INT          NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_by    VARCHAR(200) NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
