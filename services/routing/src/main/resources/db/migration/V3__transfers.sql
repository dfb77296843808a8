-- Transfers (移交) are routing decisions too: from whom, by whom, why.
ALTER TABLE routing_decision
    ADD COLUMN category             VARCHAR(40)   NULL,
    ADD COLUMN previous_center_code VARCHAR(120)  NULL,
    ADD COLUMN reason               VARCHAR(2000) NULL,
    ADD COLUMN decided_by           VARCHAR(200)  NULL;
