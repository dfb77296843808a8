-- Reference-data events (orgunit.changed.v1) are keyed by an org code of up to 120 characters.
ALTER TABLE outbox_event MODIFY aggregate_id VARCHAR(160) NOT NULL;
