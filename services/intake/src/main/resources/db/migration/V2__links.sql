-- A duplicate report linked to the open dispute it repeats (link, never merge).
CREATE TABLE dispute_link (
    duplicate_id  CHAR(36)      NOT NULL,
    primary_id    CHAR(36)      NOT NULL,
    linked_at     TIMESTAMP(6)  NOT NULL,
    linked_by     VARCHAR(200)  NOT NULL,
    match_json    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (duplicate_id),
    KEY ix_link_primary (primary_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
