-- Claims one free seat for the registration in every limited scope it needs:
-- the conference (when with_conference and it has a capacity) and each chosen
-- session that has one. All or nothing: false, with nothing held, when one of
-- them is full. Seats locked by concurrent claims are skipped, never waited on.
CREATE OR REPLACE FUNCTION claim_seats(registration uuid, conference uuid, with_conference boolean, chosen uuid[])
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
