-- The level tables group by on a date (issue 12): districts while any district is in force on that date (before
-- 01/07/2025, when districts were abolished), communes and wards after. Defined once for the dashboard, the summary
-- workbook and the plan's progress by unit.
create or replace function vco_group_level(d date) returns varchar
    language sql stable parallel safe
as $$
    select case when exists (select 1 from administrative_unit
                             where level = 'DISTRICT'
                               and coalesce(valid_from, '-infinity') <= d and coalesce(valid_to, 'infinity') >= d)
                then 'DISTRICT' else 'COMMUNE' end
$$;
