-- Failed sign-ins, kept in the database so that every instance behind a load balancer counts the same.
-- ACCOUNT: subject is the user name as typed (lower case), whether or not such an account exists, so that a lock
-- tells nothing about existence. ADDRESS: subject is the client's IP address.
create table sign_in_failure (
    kind            varchar(10)  not null check (kind in ('ACCOUNT', 'ADDRESS')),
    subject         varchar(255) not null,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    locked_until    timestamptz,
    primary key (kind, subject)
);

-- Settings an administrator changes at run time (e.g. the session timeout), shared by every instance.
create table app_setting (
    name       varchar(100)  primary key,
    value      varchar(1000) not null,
    updated_at timestamptz   not null default now(),
    updated_by varchar(100)
);
