-- What organizers do to one registration: add a walk-in (who may take a
-- place beyond the capacity), cancel with a reason.
ALTER TABLE registrations ADD COLUMN walk_in boolean NOT NULL DEFAULT false;
ALTER TABLE registrations ADD COLUMN cancel_reason text CHECK (length(cancel_reason) <= 2000);
