-- The rules behind the figures of docs (domain: "Chain completeness", "Contract coverage"), defined once in
-- the database so that every query that counts (dashboard, lists, exports) counts the same way.

-- A contract is in force on a day when it is signed, the day is within its start (or signing) and end dates,
-- and it was not terminated or broken on or before that day: a contract ended on day X is in force until X-1.
create or replace function vco_in_force(status varchar, status_changed_on date, start_on date, signed_on date,
                                        end_on date, d date) returns boolean
    language sql immutable parallel safe
as $$
    select status in ('SIGNED', 'TERMINATED', 'BROKEN')
       and (status = 'SIGNED' or status_changed_on > d)
       and coalesce(start_on, signed_on, d) <= d
       and (end_on is null or d <= end_on)
$$;

-- The same over a period: in force on at least one day of [period_from, period_to].
create or replace function vco_in_force_during(status varchar, status_changed_on date, start_on date,
                                               signed_on date, end_on date, period_from date, period_to date)
    returns boolean
    language sql immutable parallel safe
as $$
    select status in ('SIGNED', 'TERMINATED', 'BROKEN')
       and (status = 'SIGNED' or status_changed_on > period_from)
       and coalesce(start_on, signed_on, period_from) <= period_to
       and (end_on is null or end_on >= period_from)
$$;

-- Kilograms in one unit of mass (kg, tạ, tấn); null for any other unit.
create or replace function vco_kg(unit varchar) returns numeric
    language sql immutable parallel safe
as $$
    select case unit when 'KG' then 1 when 'TA' then 100 when 'TAN' then 1000 end::numeric
$$;

-- A quantity in another unit: the same unit as is, mass units converted; null when they do not compare.
create or replace function vco_convert(value numeric, from_unit varchar, to_unit varchar) returns numeric
    language sql immutable parallel safe
as $$
    select case
               when value is null or from_unit is null or to_unit is null then null
               when from_unit = to_unit then value
               when vco_kg(from_unit) is not null and vco_kg(to_unit) is not null
                   then value * vco_kg(from_unit) / vco_kg(to_unit)
           end
$$;
