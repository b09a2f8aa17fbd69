-- The level tables group by on a date (issue 12): districts while a district of the deployment's province (any
-- district before set-up) is in force on that date (before 01/07/2025, when districts were abolished), communes and
-- wards after. Defined once for the dashboard, the summary workbook and the plan's progress by unit.
create or replace function vco_group_level(d date) returns varchar
    language sql stable parallel safe
as $$
    select case when exists (select 1 from administrative_unit u
                             where u.level = 'DISTRICT'
                               and coalesce(u.valid_from, '-infinity') <= d and coalesce(u.valid_to, 'infinity') >= d
                               and (not exists (select 1 from deployment)
                                    or exists (select 1 from unit_map m join deployment dp on dp.province_id = m.target_id
                                               where m.unit_id = u.id)))
                then 'DISTRICT' else 'COMMUNE' end
$$;

-- Where the records of a unit no longer in force count today: the commune(s) of today it went into (whole, or in
-- part when one was split), for lists to show beside the unit a record was registered in.
create view unit_now as
select m.unit_id,
       string_agg(t.name, ', ' order by t.name) as names,
       bool_and(m.whole) as whole
from unit_map m
  join administrative_unit t on t.id = m.target_id
  join administrative_unit u on u.id = m.unit_id
where m.level = 'COMMUNE' and m.target_id <> m.unit_id
  and coalesce(m.valid_from, '-infinity') <= current_date and coalesce(m.valid_to, 'infinity') >= current_date
  and u.valid_to < current_date
group by m.unit_id;
