-- A labour dispute whose mediation clock ran out unsettled: the parties may apply for arbitration
-- (劳动争议调解仲裁法 Art. 14). Noted once on the case, with the center that held it then.
ALTER TABLE dispute
    ADD COLUMN arbitration_notified_at TIMESTAMP(6) NULL,
    ADD COLUMN arbitration_center_code VARCHAR(120) NULL,
    ADD COLUMN arbitration_citation    VARCHAR(500) NULL;
