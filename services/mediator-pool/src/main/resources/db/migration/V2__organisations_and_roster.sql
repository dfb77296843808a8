-- Mediation organisations (人民调解委员会, 行业性专业性调解委员会, 调解院, 调解工作室). Never deleted:
-- active = FALSE retires one, and its mediators keep referring to it.
CREATE TABLE organisation (
    code         VARCHAR(80)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    center_code  VARCHAR(120)  NOT NULL,
    active       BOOLEAN       NOT NULL,
    PRIMARY KEY (code),
    KEY ix_organisation_center (center_code, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A mediator's organisation, languages/dialects (comma-separated, empty = not recorded) and the
-- record of the latest retirement (a retired mediator is inactive and kept: assignments name it).
ALTER TABLE mediator
    ADD COLUMN organisation_code VARCHAR(80)  NULL AFTER center_code,
    ADD COLUMN languages         VARCHAR(500) NOT NULL DEFAULT '' AFTER specialties,
    ADD COLUMN retired_at        TIMESTAMP(6) NULL,
    ADD COLUMN retired_by        VARCHAR(200) NULL,
    ADD COLUMN retire_reason     VARCHAR(500) NULL,
    ADD CONSTRAINT fk_mediator_organisation FOREIGN KEY (organisation_code)
        REFERENCES organisation (code);

-- Mediators already inactive before this migration get a retirement record saying so.
UPDATE mediator
   SET retired_at = CURRENT_TIMESTAMP(6), retire_reason = 'inactive before retirement was recorded'
 WHERE active = FALSE;

-- Leave periods: first_day and last_day are both days off. Deleted when withdrawn (the mediator's
-- assignments never refer to a leave).
CREATE TABLE mediator_leave (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    mediator_code  VARCHAR(80)   NOT NULL,
    first_day      DATE          NOT NULL,
    last_day       DATE          NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    recorded_at    TIMESTAMP(6)  NOT NULL,
    recorded_by    VARCHAR(200)  NULL,
    PRIMARY KEY (id),
    KEY ix_leave_mediator (mediator_code, first_day),
    CONSTRAINT fk_leave_mediator FOREIGN KEY (mediator_code) REFERENCES mediator (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
