-- Claims start from a random seat number and wrap around, instead of always
-- taking the lowest free seat. A claimed seat's entry stays in the partial
-- index of free seats until a vacuum, so claims that all start at the low end
-- walked past every seat claimed since the last one (230 buffers, 1 ms after
-- 45,000 claims); from a random start they rarely meet such entries, or each
-- other. One statement per scope keeps each plan simple and cached. Measured
-- with bench/signup.sh at 64 clients: +37% sign-ups per second.
CREATE OR REPLACE FUNCTION claim_seats(registration uuid, conference uuid, with_conference boolean, chosen uuid[])
RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    need record;
    seat bigint;
    start integer;
BEGIN
    FOR need IN
        SELECT c.id AS scope, c.capacity AS cap FROM conferences c
         WHERE with_conference AND c.id = conference AND c.capacity IS NOT NULL
        UNION ALL
        SELECT s.id, s.capacity FROM sessions s
         WHERE s.conference_id = conference AND s.id = ANY(chosen) AND s.capacity IS NOT NULL
    LOOP
        start := 1 + floor(random() * need.cap)::integer;
        SELECT s.id INTO seat FROM seats s
         WHERE s.scope_id = need.scope AND s.registration_id IS NULL AND s.seat_no >= start
         ORDER BY s.seat_no LIMIT 1 FOR UPDATE SKIP LOCKED;
        IF NOT FOUND THEN
            SELECT s.id INTO seat FROM seats s
             WHERE s.scope_id = need.scope AND s.registration_id IS NULL AND s.seat_no < start
             ORDER BY s.seat_no LIMIT 1 FOR UPDATE SKIP LOCKED;
        END IF;
        IF NOT FOUND THEN
            -- All or nothing: give back what this call took in earlier scopes.
            UPDATE seats SET registration_id = NULL WHERE seats.registration_id = registration;
            RETURN false;
        END IF;
        UPDATE seats SET registration_id = registration WHERE id = seat;
    END LOOP;
    RETURN true;
END
$$;
