-- The same two functions as V62 and V106, in PL/pgSQL: a SQL function that is not inlined (these have sub-selects)
-- is planned again on every call, 0.5 ms for each dashboard page that asks for its tables' level (issue 14);
-- PL/pgSQL keeps its plans for the connection.
create or replace function vco_group_level(d date) returns varchar
    language plpgsql stable parallel safe
as $$
begin
    return case when exists (select 1 from administrative_unit u
                             where u.level = 'DISTRICT'
                               and coalesce(u.valid_from, '-infinity') <= d and coalesce(u.valid_to, 'infinity') >= d
                               and (not exists (select 1 from deployment)
                                    or exists (select 1 from unit_map m join deployment dp on dp.province_id = m.target_id
                                               where m.unit_id = u.id)))
                then 'DISTRICT' else 'COMMUNE' end;
end
$$;

create or replace function vco_group_level(d date, whole boolean) returns varchar
    language plpgsql stable parallel safe
as $$
begin
    return case when whole
                     and not exists (select 1 from deployment)
                     and (select count(*) from administrative_unit u
                          where u.level = 'PROVINCE'
                            and coalesce(u.valid_from, '-infinity') <= d
                            and coalesce(u.valid_to, 'infinity') >= d) > 1
                then 'PROVINCE' else vco_group_level(d) end;
end
$$;
