DROP FUNCTION claim_status(uuid, uuid, uuid[]);
DROP FUNCTION claim_seats(uuid, uuid, boolean, uuid[]);
DROP FUNCTION capacity_lock_exclusive(uuid);
DROP FUNCTION capacity_lock_shared(uuid);
