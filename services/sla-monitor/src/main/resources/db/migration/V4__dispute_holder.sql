-- Which center holds each dispute, from routing's latest dispute.routed.v1 (by occurrence).
-- Routing's and mediator-pool's events travel on different topics, so an event of a center's stage
-- can arrive after the transfer that ended that stage; the monitor then opens no stage clock there
-- and opens a dispute's own clock at the holder (ClockService, DisputeHolder).
CREATE TABLE dispute_holder (
    dispute_id  CHAR(36)     NOT NULL PRIMARY KEY,
    center_code VARCHAR(120) NOT NULL,
    routed_at   TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
