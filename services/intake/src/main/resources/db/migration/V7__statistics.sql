-- Statistics per center and period (docs/stats.md, ADR 0016) are SQL aggregates over the case view.

-- sla-monitor's flags (sla.warning.v1, sla.overdue.v1) on the deadline they concern, with the
-- center each event named: the center that held the case when the clock warned or ran out, which
-- for a clock of the whole dispute may differ from the center where it started. overdue_due_at is
-- the due instant that ran out: an extension afterwards moves due_at, not the period in which the
-- clock counts as overdue (counted_due_at, what the statistics range over).
ALTER TABLE deadline_view
    ADD COLUMN warned_at           TIMESTAMP(6) NULL,
    ADD COLUMN warning_center_code VARCHAR(120) NULL,
    ADD COLUMN overdue_at          TIMESTAMP(6) NULL,
    ADD COLUMN overdue_center_code VARCHAR(120) NULL,
    ADD COLUMN overdue_due_at      TIMESTAMP(6) NULL,
    ADD COLUMN counted_due_at      TIMESTAMP(6) AS (COALESCE(overdue_due_at, due_at)) PERSISTENT;

-- The outcome a mediation.concluded.v1 carried (SETTLED or FAILED); NULL on every other line.
ALTER TABLE timeline_entry
    ADD COLUMN outcome VARCHAR(20) NULL;

-- Lines written before the column existed said the outcome in words ("Mediation SETTLED…").
UPDATE timeline_entry
SET outcome = CASE
                  WHEN summary LIKE 'Mediation SETTLED%' THEN 'SETTLED'
                  WHEN summary LIKE 'Mediation FAILED%' THEN 'FAILED'
              END
WHERE event_type = 'mediation.concluded.v1';

-- Each stage of a dispute at a center: from a dispute.routed.v1 line to the dispute's next routed,
-- concluded or withdrawn line (by occurrence, then arrival), kept by intake whenever such a line is
-- written (DisputeStages). A table, not a window over the timeline per query: the window over a
-- district's year of lines took minutes where this index range takes a second (ADR 0016).
CREATE TABLE dispute_stage (
    routed_event_id CHAR(36)     NOT NULL,
    dispute_id      CHAR(36)     NOT NULL,
    center_code     VARCHAR(120) NOT NULL,
    started_at      TIMESTAMP(6) NOT NULL,
    ended_at        TIMESTAMP(6) NULL,
    ended_by        VARCHAR(100) NULL,
    PRIMARY KEY (routed_event_id),
    KEY ix_stage_dispute (dispute_id),
    KEY ix_stage_ended (ended_at, center_code, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The stages of the lines written before this migration, by the same rule.
INSERT INTO dispute_stage (routed_event_id, dispute_id, center_code, started_at, ended_at, ended_by)
SELECT s.event_id, s.dispute_id, s.center_code, s.occurred_at, s.next_at, s.next_type
FROM (SELECT t.event_id, t.dispute_id, t.center_code, t.occurred_at, t.event_type,
             LEAD(t.occurred_at) OVER w AS next_at,
             LEAD(t.event_type) OVER w AS next_type
      FROM timeline_entry t
      WHERE t.event_type IN ('dispute.routed.v1', 'mediation.concluded.v1', 'dispute.withdrawn.v1')
      WINDOW w AS (PARTITION BY t.dispute_id ORDER BY t.occurred_at, t.id)) s
WHERE s.event_type = 'dispute.routed.v1' AND s.center_code IS NOT NULL;

-- received: disputes created in the period, by community (covering: no row lookups).
CREATE INDEX ix_dispute_created ON dispute (created_at, community_code, category, channel, status);
-- concluded and withdrawn: lines of a type in the period (covering).
CREATE INDEX ix_timeline_type_time ON timeline_entry (event_type, occurred_at, center_code, outcome);
-- clocks due in the period (covering: a district's month is a range, not a table scan).
CREATE INDEX ix_deadline_counted_due
    ON deadline_view (counted_due_at, state, center_code, overdue_center_code, overdue_at);
-- clocks warned: only flagged rows have a warning center.
CREATE INDEX ix_deadline_warned ON deadline_view (warning_center_code, warn_at);
