-- What one application server knew in its memory now lives here, so that several servers behind a proxy share it.

-- Signed-in sessions (Spring Session JDBC's own schema for PostgreSQL, created here rather than by its initializer).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- An uploaded file between its dry run and "Áp dụng", for its uploader only, with the dry run they saw (JSON).
-- applied_at is set in the transaction that writes the file's rows: a second apply of the same dry run is refused.
create table pending_upload (
    token       varchar(32)  primary key,
    username    varchar(50)  not null,
    kind        varchar(50)  not null,
    subject     varchar(50),
    file_name   varchar(300) not null,
    content     bytea        not null,
    dry_run     text,
    created_at  timestamptz  not null default now(),
    applied_at  timestamptz
);
create index pending_upload_created_idx on pending_upload (created_at);

-- How far a running export is, asked by the page that started it (whichever server answers the page).
create table export_progress (
    token       varchar(64)  primary key,
    username    varchar(50)  not null,
    total       bigint       not null default -1,
    written     bigint       not null default 0,
    done        boolean      not null default false,
    started_at  timestamptz  not null default now()
);
create index export_progress_started_idx on export_progress (started_at);

-- A periodic job runs on one server per period: the server that moves last_run forward runs it.
create table scheduled_job (
    name      varchar(100) primary key,
    last_run  timestamptz  not null
);
