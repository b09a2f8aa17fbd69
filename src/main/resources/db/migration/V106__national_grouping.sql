-- The level tables group by at a scope. A national installation (no province set up, units of more than one province
-- in force on the date) groups its whole scope by province, since a row per commune of the country is neither
-- readable nor fast (issue 14); any other scope, and a province's installation, as vco_group_level(d). whole is
-- false for a scope limited to a unit.
create or replace function vco_group_level(d date, whole boolean) returns varchar
    language sql stable parallel safe
as $$
    select case when whole
                     and not exists (select 1 from deployment)
                     and (select count(*) from administrative_unit u
                          where u.level = 'PROVINCE'
                            and coalesce(u.valid_from, '-infinity') <= d
                            and coalesce(u.valid_to, 'infinity') >= d) > 1
                then 'PROVINCE' else vco_group_level(d) end
$$;
