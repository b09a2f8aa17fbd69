-- National-scale data for bench/run: 34 provinces of 100 communes (no districts, as from July 2025); 25,000
-- cooperatives, 10,000 enterprises, 7,000 chains of 3 cooperatives and, for most, an enterprise; 70,000 contracts,
-- 35,000 deliveries; a plan per province of 500 action items (17,000) with 2 targets and 10 half-year reports each
-- (170,000 reports, 340,000 values). Deterministic (no random()): every run builds the same data.
-- Runs on an empty, migrated database; names start with words the benchmark searches for.

set statement_timeout = 0;

insert into administrative_unit (level, code, name)
select 'PROVINCE', 'B' || lpad(p::text, 2, '0'), 'Tỉnh Thử Nghiệm ' || p
from generate_series(1, 34) p;

insert into administrative_unit (level, code, name, parent_id)
select 'COMMUNE', 'B' || lpad(p::text, 2, '0') || lpad(c::text, 3, '0'), 'Xã Thử Nghiệm ' || p || '-' || c, u.id
from generate_series(1, 34) p
cross join generate_series(1, 100) c
join administrative_unit u on u.level = 'PROVINCE' and u.code = 'B' || lpad(p::text, 2, '0');

-- Numbered lookups: the n-th commune (0-based, 3,400 of them) and the n-th product.
create temporary table commune_n as
select row_number() over (order by id) - 1 as n, id, parent_id from administrative_unit where level = 'COMMUNE';
create temporary table product_n as select row_number() over (order by id) - 1 as n, id from product;
create temporary table province_n as
select row_number() over (order by id) - 1 as n, id from administrative_unit where level = 'PROVINCE';

insert into cooperative (type, name, registration_code, status, members, administrative_unit_id, product_id)
select case when g % 10 = 0 then 'THT' else 'HTX' end,
       'Hợp tác xã nông nghiệp ' || g, 'B' || lpad(g::text, 9, '0'),
       case when g % 20 = 0 then 'TO_CONSOLIDATE' else 'EXISTING' end, 10 + g % 90,
       (select id from commune_n where n = g % 3400),
       (select id from product_n where n = g % (select count(*) from product_n))
from generate_series(1, 25000) g;

insert into enterprise (name, tax_code, in_province, administrative_unit_id)
select 'Công ty nông sản ' || g, lpad((3000000000 + g)::text, 10, '0'), g % 3 <> 0,
       (select id from commune_n where n = (g * 7) % 3400)
from generate_series(1, 10000) g;
insert into enterprise_role (enterprise_id, role) select id, 'BUYER' from enterprise;

insert into chain (name, product_id, status, output_unit, planned_output, planned_scale, actual_scale, scale_unit,
                   households_planned, households_actual, has_label_traceability)
select 'Chuỗi liên kết ' || g, (select id from product_n where n = g % (select count(*) from product_n)), 'ACTIVE',
       'TAN', 1000, 100, 80 + g % 40, 'HA', 50, 40 + g % 20, g % 4 = 0
from generate_series(1, 7000) g;
create temporary table chain_n as select row_number() over (order by id) - 1 as n, id from chain;
create temporary table cooperative_n as select row_number() over (order by id) - 1 as n, id from cooperative;
create temporary table enterprise_n as select row_number() over (order by id) - 1 as n, id from enterprise;

insert into chain_unit (chain_id, administrative_unit_id)
select c.id, cu.id from chain_n c join commune_n cu on cu.n = c.n % 3400;
insert into chain_required_stage (chain_id, stage)
select c.id, s from chain c cross join unnest(array['INPUT_SUPPLY', 'PRODUCTION', 'CONSUMPTION']) s;
insert into chain_participant (chain_id, party_kind, cooperative_id, role, lead)
select c.id, 'COOPERATIVE', co.id, 'PRODUCER', k = 0
from chain_n c cross join generate_series(0, 2) k join cooperative_n co on co.n = (c.n * 3 + k) % 25000;
-- Most chains (6 of 7) have an enterprise buying.
insert into chain_participant (chain_id, party_kind, enterprise_id, role)
select c.id, 'ENTERPRISE', e.id, 'BUYER' from chain_n c join enterprise_n e on e.n = c.n % 10000 where c.n % 7 <> 0;
insert into chain_participant_stage (participant_id, stage)
select id, case when party_kind = 'COOPERATIVE' then 'PRODUCTION' else 'CONSUMPTION' end from chain_participant;

insert into linkage_contract (type, number, chain_id, seller_kind, seller_cooperative_id, buyer_kind,
                              buyer_enterprise_id, status, signed_on, start_on, end_on, volume, volume_unit)
select case when g % 5 = 0 then 'INPUT_SUPPLY' else 'OFFTAKE' end, 'HĐ-' || g || '/2025',
       c.id, 'COOPERATIVE', co.id, 'ENTERPRISE', e.id, 'SIGNED',
       date '2026-06-30' - (g % 900), date '2026-06-30' - (g % 900),
       case when g % 2 = 0 then date '2027-06-30' end, 20 + g % 50, 'TAN'
from generate_series(0, 69999) g
join chain_n c on c.n = g % 7000
join cooperative_n co on co.n = (g * 3) % 25000
join enterprise_n e on e.n = g % 10000;

insert into contract_delivery (contract_id, delivered_on, volume)
select id, date '2026-06-01', 5 from linkage_contract where id % 2 = 0;

insert into certification (type, holder_kind, holder_cooperative_id, product_id, status, valid_from, valid_to, number)
select 'VIETGAP', 'COOPERATIVE', cp.cooperative_id, c.product_id, 'VALID', date '2026-01-01', date '2028-12-31',
       'VG-' || cp.id
from chain_participant cp join chain c on c.id = cp.chain_id
where cp.party_kind = 'COOPERATIVE' and c.id % 4 = 1;

-- A plan per province: 5 sections of 100 items; each item names a commune of its province and its People's Committee.
insert into plan (document_number, issued_on, title, issuing_body, period_start_year, period_end_year, province_id)
select p.n + 1 || '/KH-UBND', date '2021-03-01', 'Kế hoạch phát triển chuỗi giá trị nông sản, tỉnh ' || (p.n + 1),
       'UBND tỉnh Thử Nghiệm ' || (p.n + 1), 2021, 2025, p.id
from province_n p;
create temporary table plan_n as
select row_number() over (order by id) - 1 as n, id, province_id from plan;

insert into plan_section (plan_id, code, title, sort_order)
select pl.id, s::text, 'Nhóm nhiệm vụ ' || s, s from plan_n pl cross join generate_series(1, 5) s;

insert into action_item (plan_id, section_id, ordinal, sort_order, content, expected_outputs, timeframe_text,
                         timeframe_start, timeframe_end)
select pl.id, ps.id, i::text, i, 'Nhiệm vụ ' || i || ' của nhóm ' || ps.code || ', tỉnh ' || (pl.n + 1),
       'Kết quả dự kiến ' || i, 'Năm 2021-2025', date '2021-01-01', date '2025-12-31'
from plan_n pl
join plan_section ps on ps.plan_id = pl.id
cross join generate_series(1, 100) i;
create temporary table item_n as
select row_number() over (partition by a.plan_id order by a.id) - 1 as k, a.id, pl.n as plan_n
from action_item a join plan_n pl on pl.id = a.plan_id;

insert into action_item_unit (action_item_id, administrative_unit_id)
select it.id, cu.id from item_n it join commune_n cu on cu.n = it.plan_n * 100 + it.k % 100;
insert into action_item_agency (action_item_id, role, administrative_unit_id, written_as, sort_order)
select it.id, 'LEAD', cu.id, 'UBND xã Thử Nghiệm ' || (it.plan_n + 1) || '-' || (it.k % 100 + 1), 0
from item_n it join commune_n cu on cu.n = it.plan_n * 100 + it.k % 100;
insert into action_item_phase (action_item_id, start_on, end_on, sort_order)
select id, date '2021-01-01', date '2025-12-31', 0 from action_item;

insert into target (action_item_id, indicator, value, unit, year)
select a.id, t.indicator, t.value, t.unit, 2025
from action_item a
cross join (values ('Số hộ tham gia', 100, 'hộ'), ('Diện tích', 50, 'ha')) t(indicator, value, unit);

-- Fresh tables have no statistics: the progress triggers (V56) would plan their look-ups as on empty tables.
analyze;

-- Ten half-year reports per item (2021 to 2025), accepted, from the item's commune.
insert into progress_report (action_item_id, reporting_unit_id, period_type, period_year, period_number, status,
                             percent_complete, narrative, submitted_at, submitted_by, reviewed_at, reviewed_by)
select au.action_item_id, au.administrative_unit_id, 'HALF_YEAR', y, h, 'ACCEPTED', ((y - 2021) * 2 + h) * 10,
       'Báo cáo ' || h || '/' || y, make_date(y, h * 6, 28), 'bench', make_date(y, h * 6, 28), 'bench'
from action_item_unit au cross join generate_series(2021, 2025) y cross join generate_series(1, 2) h;

-- The first item of the first plan also has the reports of a second commune: an item page with 20 reports.
insert into progress_report (action_item_id, reporting_unit_id, period_type, period_year, period_number, status,
                             percent_complete, submitted_at, submitted_by)
select (select min(id) from action_item), (select id from commune_n where n = 1), 'HALF_YEAR', y, h, 'SUBMITTED',
       ((y - 2021) * 2 + h) * 8, make_date(y, h * 6, 28), 'bench'
from generate_series(2021, 2025) y cross join generate_series(1, 2) h;

insert into progress_report_value (progress_report_id, target_id, actual_value)
select r.id, t.id, t.value * ((r.period_year - 2021) * 2 + r.period_number) / 20
from progress_report r join target t on t.action_item_id = r.action_item_id;

-- Who signs in: an administrator, and the official of the first province's first commune (/my-items).
insert into app_user (username, password_hash, display_name, role, administrative_unit_id)
values ('bench', :'password_hash', 'Quản trị đo tải', 'ADMIN', null),
       ('bench-xa', :'password_hash', 'Cán bộ xã đo tải', 'DISTRICT', (select id from commune_n where n = 0));

analyze;
