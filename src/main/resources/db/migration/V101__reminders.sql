-- Reminders by e-mail: each user's address, and whether they want the daily digest (they can turn it off).
alter table app_user add column email varchar(254);
alter table app_user add column email_reminders boolean not null default true;

-- One digest per person per day, whichever application server gets there first: a server claims the day with an
-- insert (the primary key refuses the others), then sends; sent_at stays empty if sending failed and the claim was
-- given back. The previous claim tells what is new since the last digest.
create table reminder_digest (
    user_id     bigint      not null references app_user (id) on delete cascade,
    day         date        not null,
    claimed_at  timestamptz not null default now(),
    sent_at     timestamptz,
    items       integer     not null default 0,
    primary key (user_id, day)
);

-- The home page's lines and the digest read by these: the review queue (oldest first), reports returned or submitted
-- since a moment, contracts ending soon (signed only).
create index progress_report_status_submitted_idx on progress_report (status, submitted_at);
create index progress_report_status_reviewed_idx on progress_report (status, reviewed_at);
create index linkage_contract_signed_end_idx on linkage_contract (end_on) where status = 'SIGNED';
