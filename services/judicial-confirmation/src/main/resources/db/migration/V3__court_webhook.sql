-- A court's callback: where its system wants status changes of its applications pushed, and the
-- secret the court chose to check our signatures — AES-GCM encrypted: it must be read to sign.
CREATE TABLE court_webhook (
    court_code    VARCHAR(80)  NOT NULL,
    url           VARCHAR(500) NOT NULL,
    secret_enc    VARCHAR(400) NOT NULL,
    updated_by    VARCHAR(200) NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (court_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
