-- The parties as intake announced them (role, name, organisation; never ID or phone numbers),
-- carried on every dispute.routed.v1 so the pool can check conflicts of interest (在线调解规则
-- Art. 13) without waiting for another topic. Transfers copy them from the decision they follow.
ALTER TABLE routing_decision ADD COLUMN parties_json TEXT NULL;
