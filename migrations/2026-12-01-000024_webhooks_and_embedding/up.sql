-- Webhooks per conference, their deliveries (an outbox of their own, written
-- by triggers in the transaction of each change), and the origins allowed to
-- frame the embeddable form.

ALTER TABLE conferences ADD COLUMN embed_origins text[] NOT NULL DEFAULT '{}';

CREATE TABLE webhooks (
    id uuid PRIMARY KEY,
    conference_id uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    url text NOT NULL,
    events text[] NOT NULL,
    secret text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhooks_of_conference ON webhooks (conference_id) WHERE active;

CREATE TABLE webhook_deliveries (
    -- Its webhook-id, the same on every retry.
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    webhook_id uuid NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_type text NOT NULL,
    conference_id uuid NOT NULL,
    registration_id uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0,
    status_code integer,
    last_error text,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    delivered_at timestamptz,
    failed_at timestamptz
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at)
    WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX webhook_deliveries_of_webhook ON webhook_deliveries (webhook_id, created_at DESC);

-- One delivery per active webhook of the conference that asked for `kind`.
CREATE FUNCTION webhook_event(conference uuid, kind text, registration uuid) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO webhook_deliveries (webhook_id, event_type, conference_id, registration_id)
    SELECT w.id, kind, conference, registration
    FROM webhooks w
    WHERE w.conference_id = conference AND w.active AND kind = ANY (w.events)
$$;

CREATE FUNCTION registration_webhooks() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    kind text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhooks w WHERE w.conference_id = NEW.conference_id AND w.active) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        kind := 'registration.created';
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        kind := CASE
            WHEN NEW.status = 'cancelled' THEN 'registration.cancelled'
            WHEN NEW.status = 'declined' THEN 'registration.declined'
            WHEN OLD.status = 'awaiting_approval' THEN 'registration.approved'
            WHEN OLD.status = 'waitlisted' AND NEW.status IN ('confirmed', 'pending') THEN 'registration.promoted'
            ELSE 'registration.updated'
        END;
    ELSIF NEW.attended AND NOT OLD.attended THEN
        kind := 'attendance.recorded';
    ELSIF (NEW.name, NEW.email, NEW.organization, NEW.category, NEW.answers, NEW.attendance_mode, NEW.updated_at)
          IS DISTINCT FROM
          (OLD.name, OLD.email, OLD.organization, OLD.category, OLD.answers, OLD.attendance_mode, OLD.updated_at) THEN
        kind := 'registration.updated';
    ELSE
        RETURN NULL;
    END IF;
    PERFORM webhook_event(NEW.conference_id, kind, NEW.id);
    RETURN NULL;
END
$$;

CREATE TRIGGER registrations_webhooks AFTER INSERT OR UPDATE ON registrations
    FOR EACH ROW EXECUTE FUNCTION registration_webhooks();

CREATE FUNCTION conference_webhooks() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.updated_at IS DISTINCT FROM OLD.updated_at THEN
        PERFORM webhook_event(NEW.id, 'conference.updated', NULL);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER conferences_webhooks AFTER UPDATE ON conferences
    FOR EACH ROW EXECUTE FUNCTION conference_webhooks();
