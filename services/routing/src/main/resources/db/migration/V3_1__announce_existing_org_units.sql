-- Units loaded before routing announced the org tree get one orgunit.changed.v1 each, through the
-- outbox like any other event, so replicas (intake) learn the whole tree on upgrade.
INSERT INTO outbox_event (event_id, aggregate_id, topic, event_type, payload, created_at)
SELECT UUID(), code, '${orgunitTopic}', 'orgunit.changed.v1', '{}', UTC_TIMESTAMP(6)
FROM org_unit;

UPDATE outbox_event o JOIN org_unit u ON o.aggregate_id = u.code
SET o.payload = JSON_OBJECT(
        'eventId', o.event_id,
        'type', 'orgunit.changed.v1',
        'occurredAt', DATE_FORMAT(o.created_at, '%Y-%m-%dT%H:%i:%s.%fZ'),
        'actor', JSON_OBJECT('kind', 'SYSTEM', 'subject', 'routing'),
        'code', u.code,
        'name', u.name,
        'level', u.level,
        'parentCode', u.parent_code)
WHERE o.event_type = 'orgunit.changed.v1' AND o.payload = '{}';
