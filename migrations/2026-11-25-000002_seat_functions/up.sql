-- The hot path of a sign-up as server-side functions: called through diesel's
-- query builder they are prepared once per connection, and PL/pgSQL caches
-- their plans, so a sign-up pays no parse or plan time for them.

-- The capacity lock of a conference (see src/db/seats.rs): shared by every
-- transaction that claims or frees seats, exclusive for a capacity change.
CREATE FUNCTION capacity_lock_shared(conference uuid) RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(1131376246, hashtext(conference::text));
    RETURN true;
END
$$;

CREATE FUNCTION capacity_lock_exclusive(conference uuid) RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(1131376246, hashtext(conference::text));
    RETURN true;
END
$$;

-- Claims one free seat for the registration in every limited scope it needs:
-- the conference (when with_conference and it has a capacity) and each chosen
-- session that has one. All or nothing: false, with nothing held, when one of
-- them is full. Seats locked by concurrent claims are skipped, never waited on.
CREATE FUNCTION claim_seats(registration uuid, conference uuid, with_conference boolean, chosen uuid[])
RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    scopes uuid[];
    claimed integer;
BEGIN
    SELECT coalesce(array_agg(scope), '{}') INTO scopes FROM (
        SELECT c.id AS scope FROM conferences c
         WHERE with_conference AND c.id = conference AND c.capacity IS NOT NULL
        UNION ALL
        SELECT s.id FROM sessions s
         WHERE s.conference_id = conference AND s.id = ANY(chosen) AND s.capacity IS NOT NULL
    ) needed;
    IF cardinality(scopes) = 0 THEN
        RETURN true;
    END IF;
    UPDATE seats SET registration_id = registration
     WHERE id IN (
        SELECT f.id FROM unnest(scopes) AS w(scope)
        CROSS JOIN LATERAL (
            SELECT s.id FROM seats s
             WHERE s.scope_id = w.scope AND s.registration_id IS NULL
             ORDER BY s.seat_no LIMIT 1 FOR UPDATE SKIP LOCKED) f);
    GET DIAGNOSTICS claimed = ROW_COUNT;
    IF claimed < cardinality(scopes) THEN
        UPDATE seats SET registration_id = NULL WHERE seats.registration_id = registration;
        RETURN false;
    END IF;
    RETURN true;
END
$$;

-- The status a new registration gets: confirmed when it got every seat it
-- needs, waitlisted otherwise. Used inside the INSERT of the registration, so
-- a sign-up claims and writes in one round trip.
CREATE FUNCTION claim_status(registration uuid, conference uuid, chosen uuid[]) RETURNS text
LANGUAGE sql VOLATILE AS $$
    SELECT CASE WHEN claim_seats(registration, conference, true, chosen)
                THEN 'confirmed' ELSE 'waitlisted' END
$$;
