-- A unit's name on a date, also when a change dated after today is entered but not yet applied (the unit still
-- carries its old name then): the name a change replaced if a later change exists, else the name the last change
-- of that date or before gave it, else the unit's own.
create or replace function vco_unit_name(unit bigint, d date) returns varchar
    language sql stable parallel safe
as $$
    select coalesce(
        (select c.old_name from administrative_unit_change c
          where c.unit_id = unit and c.effective_on > d and c.old_name <> c.new_name
          order by c.effective_on limit 1),
        (select c.new_name from administrative_unit_change c
          where c.unit_id = unit and c.effective_on <= d and c.old_name <> c.new_name
          order by c.effective_on desc limit 1),
        (select u.name from administrative_unit u where u.id = unit))
$$;
