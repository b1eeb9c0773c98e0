#!/usr/bin/python3
"""Compares what an SMTP server's Maildir received with what the outbox owed.

usage: check_mail.py MAILDIR OUTBOX_TSV [IN_FLIGHT_IDS]

OUTBOX_TSV: one line per outbox row, tab-separated, as the scenarios export
it with psql: outbox id, registration id, recipient email, kind, registration
status. The Message-ID of a mail is `<outbox id@host>`, so each received
message maps to the row it was sent for.

Checks that every registration's first mail (`confirmation` or `waitlisted`)
arrived exactly once, and counts by recipient as well as by Message-ID:
duplicates that share a Message-ID (the same outbox row sent twice) are
reported apart from extra mails with a Message-ID of their own. Prints a
report and, last, `RESULT key=value ...`; exits 1 when a mail is missing,
duplicated or unexpected. Standard library only.

IN_FLIGHT_IDS (optional): outbox ids a killed worker had claimed and not
recorded. A second copy of one of those, with the same Message-ID, is the
in-doubt resend that at-least-once delivery allows: counted as `in_doubt`,
not as a problem. Any other duplicate, or a third copy, still is one.
"""

import collections
import email.parser
import email.policy
import os
import sys
import time

FIRST_KINDS = {"confirmation", "waitlisted"}


def messages(maildir):
    parser = email.parser.BytesHeaderParser(policy=email.policy.default)
    for sub in ("new", "cur"):
        folder = os.path.join(maildir, sub)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), "rb") as f:
                headers = parser.parse(f)
            mtime = os.stat(os.path.join(folder, name)).st_mtime
            rcpt = headers.get("X-RcptTo") or headers.get("To") or ""
            # X-RcptTo may list several; To may be "Name <addr>".
            rcpt = str(rcpt).split(",")[0].strip()
            if "<" in rcpt:
                rcpt = rcpt[rcpt.index("<") + 1 : rcpt.index(">")]
            mid = str(headers.get("Message-ID") or "").strip()
            yield name, rcpt.lower(), mid, mtime


def main():
    maildir, tsv = sys.argv[1], sys.argv[2]
    in_flight = set()
    if len(sys.argv) > 3:
        with open(sys.argv[3]) as f:
            in_flight = {line.strip() for line in f if line.strip()}
    rows = {}  # outbox id -> (registration id, email, kind, status)
    first_mail = {}  # registration id -> [outbox ids of kind confirmation/waitlisted]
    emails = {}  # registration id -> email
    with open(tsv) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            oid, rid, addr, kind, status = line.split("\t")
            rows[oid] = (rid, addr.lower(), kind, status)
            emails[rid] = addr.lower()
            if kind in FIRST_KINDS:
                first_mail.setdefault(rid, []).append(oid)

    by_mid = collections.Counter()
    received_at = collections.defaultdict(list)  # outbox id -> times the copies arrived
    by_rcpt = collections.Counter()
    unknown = []
    wrong_rcpt = []
    total = 0
    for name, rcpt, mid, mtime in messages(maildir):
        total += 1
        by_rcpt[rcpt] += 1
        oid = mid.strip("<>").split("@")[0]
        if oid not in rows:
            unknown.append((name, rcpt, mid))
            continue
        by_mid[oid] += 1
        received_at[oid].append(mtime)
        if rows[oid][1] != rcpt:
            wrong_rcpt.append((mid, rows[oid][1], rcpt))

    registrations = len(emails)
    several_first = [rid for rid, oids in first_mail.items() if len(oids) > 1]
    no_first = [rid for rid in emails if rid not in first_mail]
    missing = []  # registrations whose first mail never arrived
    dup_same = []  # outbox rows (first mails) received more than once: (oid, times)
    for rid, oids in first_mail.items():
        for oid in oids:
            n = by_mid[oid]
            if n == 0:
                missing.append((rid, oid))
            elif n > 1:
                dup_same.append((oid, n))
    other_missing = [oid for oid, r in rows.items() if r[2] not in FIRST_KINDS and by_mid[oid] == 0]
    other_dup = [(oid, by_mid[oid]) for oid, r in rows.items() if r[2] not in FIRST_KINDS and by_mid[oid] > 1]
    # By recipient: more messages than the outbox owed that address.
    owed = collections.Counter(r[1] for r in rows.values())
    rcpt_extra = {a: by_rcpt[a] - owed[a] for a in by_rcpt if by_rcpt[a] > owed[a]}
    rcpt_short = {a: owed[a] - by_rcpt[a] for a in owed if by_rcpt[a] < owed[a]}
    extra_total = sum(rcpt_extra.values())
    extra_same_mid = sum(n - 1 for _, n in dup_same) + sum(n - 1 for _, n in other_dup)
    extra_own_mid = extra_total - extra_same_mid
    in_doubt = [(oid, n) for oid, n in dup_same + other_dup if oid in in_flight and n == 2]
    dup_same = [(oid, n) for oid, n in dup_same if (oid, n) not in in_doubt]
    other_dup = [(oid, n) for oid, n in other_dup if (oid, n) not in in_doubt]

    kinds = collections.Counter(r[2] for r in rows.values())
    print(f"outbox rows: {len(rows)} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}) "
          f"for {registrations} registrations; messages in the Maildir: {total}")
    print(f"by Message-ID: {len(dup_same)} first mails received more than once "
          f"({sum(n - 1 for _, n in dup_same)} extra copies, same Message-ID); "
          f"{len(missing)} first mails never received")
    print(f"by recipient: {len(rcpt_extra)} addresses got more mail than owed "
          f"({extra_total} extra: {extra_same_mid} share a Message-ID with an earlier copy, "
          f"{extra_own_mid} carry a Message-ID of their own); "
          f"{len(rcpt_short)} addresses got less than owed")
    if in_flight:
        print(f"in doubt: {len(in_doubt)} of the {len(in_flight)} mails the killed worker held "
              f"were received twice with the same Message-ID (sent before the kill, resent after the lease)")
    for oid, n in in_doubt[:10]:
        times = ", ".join(time.strftime("%H:%M:%S", time.localtime(t)) for t in sorted(received_at[oid]))
        print(f"  in doubt: {rows[oid][2]} <{oid}@…> to {rows[oid][1]} received at {times}")
    for oid, n in dup_same[:10]:
        times = ", ".join(time.strftime("%H:%M:%S", time.localtime(t)) for t in sorted(received_at[oid]))
        print(f"  duplicate: {rows[oid][2]} <{oid}@…> to {rows[oid][1]} received {n} times, at {times}")
    for rid, oid in missing[:10]:
        print(f"  missing: {rows[oid][2]} <{oid}@…> to {emails[rid]}")
    for a, n in list(rcpt_extra.items())[:10]:
        print(f"  extra by recipient: {a} +{n}")
    if several_first:
        print(f"  {len(several_first)} registrations have more than one confirmation/waitlisted row")
    if no_first:
        print(f"  {len(no_first)} registrations have no confirmation/waitlisted row")
    if other_missing or other_dup:
        print(f"  other kinds: {len(other_missing)} not received, {len(other_dup)} received more than once")
    for name, rcpt, mid in unknown[:10]:
        print(f"  unexpected message {name}: to {rcpt}, Message-ID {mid}")
    for mid, want, got in wrong_rcpt[:10]:
        print(f"  wrong recipient: {mid} for {want} went to {got}")

    problems = (len(missing) + len(dup_same) + len(unknown) + len(wrong_rcpt) + len(several_first)
                + len(no_first) + len(other_missing) + len(other_dup) + extra_own_mid)
    print(f"RESULT registrations={registrations} messages={total} missing={len(missing)} "
          f"duplicated={len(dup_same)} extra_same_msgid={extra_same_mid} "
          f"extra_own_msgid={extra_own_mid} unexpected={len(unknown)} wrong_recipient={len(wrong_rcpt)} "
          f"several_first={len(several_first)} no_first={len(no_first)} in_doubt={len(in_doubt)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
