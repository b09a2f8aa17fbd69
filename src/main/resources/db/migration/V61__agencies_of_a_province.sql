-- Agencies belong to a province and have a history (issue 12): Sở NN&PTNT until 28/02/2025, then Sở Nông nghiệp và
-- Môi trường; an absorbed province's departments until 30/06/2025, then this province's. They are reference data
-- loaded when the deployment is set up for its province, no longer one province's list in a migration (V21).

alter table agency add column province_id bigint references administrative_unit (id);
alter table agency add column valid_from date;
alter table agency add column valid_to date;
alter table agency add column successor_id bigint references agency (id);
-- The line of the reference list the agency was loaded from ("so-nnmt"), so that loading again updates it.
alter table agency add column reference_code varchar(40);
alter table agency add constraint agency_dates_check check (valid_to is null or valid_from is null or valid_to >= valid_from);
alter table agency add constraint agency_successor_check check (successor_id <> id);
create index agency_province_idx on agency (province_id);
create index agency_successor_idx on agency (successor_id);
create index agency_unit_idx on agency (administrative_unit_id);

-- Several provinces have a "Sở Công Thương": a name is unique within its province and time, an alias within its agency.
drop index agency_name_uk;
create unique index agency_name_uk on agency (coalesce(province_id, 0), vco_search_key(name), coalesce(valid_from, date '0001-01-01'));
create unique index agency_reference_uk on agency (province_id, reference_code) where reference_code is not null;
drop index agency_alias_uk;
create unique index agency_alias_uk on agency_alias (agency_id, vco_search_key(alias));
create index agency_alias_key_idx on agency_alias (vco_search_key(alias));

-- V21's Bến Tre agencies stay (a plan's items may name them), as Bến Tre's when the database has Bến Tre, with the day
-- their province or the reorganisation of 1 March 2025 ended them. Setting the deployment up adopts them (same name)
-- with their successors, and removes those that neither its province nor any record needs.
update agency a set province_id = (select u.id from administrative_unit u
                                   where u.level = 'PROVINCE' and u.code = '83'
                                   order by u.valid_from nulls first limit 1)
where a.created_by = 'system' and a.name like '%Bến Tre%';

update agency set valid_to = date '2025-02-28'
where created_by = 'system'
  and name in ('Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre', 'Sở Kế hoạch và Đầu tư tỉnh Bến Tre',
               'Sở Tài nguyên và Môi trường tỉnh Bến Tre');
update agency set valid_to = date '2025-06-30'
where created_by = 'system' and valid_to is null and name like '%tỉnh Bến Tre';

-- The province a deployment serves, chosen once (APP_PROVINCE or the administrator's first-start page).
create table deployment (
    id                 integer      primary key check (id = 1),
    province_code      varchar(10)  not null,
    province_id        bigint       not null references administrative_unit (id),
    set_up_at          timestamptz  not null default now(),
    set_up_by          varchar(100)
);
