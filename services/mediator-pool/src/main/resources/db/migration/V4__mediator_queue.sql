-- A mediator's own queue (GET /api/v1/assignments/mine) shows each open assignment's latest
-- contact or session: looked up by assignment, newest first, not by dispute.
ALTER TABLE mediation_entry
    ADD KEY ix_entry_assignment (assignment_id, held_at);
