-- Loading a holiday notice recomputes the running provisional deadlines (ProvisionalRecompute): in
-- December that is every clock running into the next year, millions in a province. This index lets
-- it walk them by key, a chunk at a time, instead of scanning the table.
CREATE INDEX ix_deadline_provisional ON deadline (provisional, state, id);
