-- A clock stops when one of its policy's stop events arrives (e.g. 签收 stops CENTER_ACK).
ALTER TABLE sla_policy ADD COLUMN stop_events VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE deadline ADD COLUMN closed_at TIMESTAMP(6) NULL;
