-- Partner deliveries move to the platform's opt-in webhook module (db/webhooks, V0_50, applied
-- before this one): subscriber 'PARTNER:<platform>', event dispute.status-changed, aggregate the
-- dispute. Sequence numbers are kept, so partners' receivers keep seeing them increase; the
-- partner's reference and the status stay in the payload. partner_webhook (registrations,
-- encrypted secrets) stays intake's.
INSERT INTO webhook_delivery (id, seq, subscriber, event_name, aggregate_id, payload, state,
                              attempts, next_attempt_at, last_http_status, last_error,
                              created_at, delivered_at)
SELECT id, seq, CONCAT('PARTNER:', platform), 'dispute.status-changed', dispute_id, payload, state,
       attempts, next_attempt_at, last_http_status, last_error, created_at, delivered_at
FROM partner_delivery
ORDER BY seq;

INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, http_status, error, duration_ms)
SELECT delivery_id, attempt, attempted_at, http_status, error, duration_ms
FROM partner_delivery_attempt
ORDER BY id;

DROP TABLE partner_delivery_attempt;
DROP TABLE partner_delivery;
