-- Action-plan progress as domain.md defines it ("Action-plan progress"), in the database so that every page, count
-- and export judges an item the same way and a list can be filtered and paged by status in SQL.
--
-- Status on a day D counts the accepted reports whose period ends on or before D; each report gives what was achieved
-- in its period, and a target's achieved amount is their sum (0 when nobody reported). The share achieved is the mean
-- over the item's targets of min(1, achieved ÷ target); a target of 0 measures nothing and is left out. An item
-- without such targets is judged by the percent complete of its latest accepted report (0 without one). Done: marked
-- done on or before D (with its date), or every target reached; not started before its working time; overdue after it;
-- at risk when the share achieved trails the elapsed share of the working time by more than 5 percentage points.
--
-- Two tables hold what does not depend on D, kept by triggers whatever writes the rows (pages, imports, SQL):
-- action_item_working_time (the phases merged into working intervals) and action_item_achievement (the share achieved
-- from each accepted period end on). vco_item_status(D) joins them to the items: one row per item, no aggregate,
-- so a query restricted to a page of items reads only their rows, and one over a whole province reads each table once.

-- Staff mark an item done on a date: before it, the item is judged as any other. Items marked done before this change
-- get the day of their last change (Vietnam time), the best record of when the mark was set.
alter table action_item add column done_on date;
update action_item set done_on = (coalesce(updated_at, created_at) at time zone 'Asia/Ho_Chi_Minh')::date where done;
alter table action_item add constraint action_item_done_on_ck check (done = (done_on is not null));

-- The last day of a report period (ReportPeriod.end()).
create function vco_period_end(period_type varchar, period_year integer, period_number integer) returns date
    language sql immutable parallel safe
as $$
    select (make_date(period_year,
                      case period_type when 'QUARTER' then (period_number - 1) * 3 + 1
                                       when 'HALF_YEAR' then (period_number - 1) * 6 + 1
                                       else 1 end, 1)
            + case period_type when 'QUARTER' then interval '3 months'
                               when 'HALF_YEAR' then interval '6 months'
                               else interval '1 year' end
            - interval '1 day')::date
$$;

-- The same day and month in another year; 29 February becomes the 28th in a common year (MonthDay.atYear).
create function vco_in_year(d date, in_year integer) returns date
    language sql immutable parallel safe
as $$
    select make_date(in_year, extract(month from d)::integer, 1)
           + (least(extract(day from d)::integer,
                    extract(day from make_date(in_year, extract(month from d)::integer, 1)
                                     + interval '1 month - 1 day')::integer) - 1)
$$;

-- Working time: the union of an item's phases, a yearly phase counting only its months in each year, as disjoint
-- intervals in order. Each row answers for the days from valid_from (the first row: any day before) until the next
-- interval starts: its own interval, the working days before it and the item's totals.
create table action_item_working_time (
    action_item_id  bigint  not null references action_item (id) on delete cascade,
    valid_from      date    not null,
    valid_until     date    not null,
    starts_on       date    not null,
    ends_on         date    not null,
    days_before     integer not null,
    total_days      integer not null,
    first_on        date    not null,
    last_on         date    not null,
    primary key (action_item_id, valid_from)
);

create function vco_refresh_working_time(items bigint[]) returns void
    language sql volatile
as $$
    -- Two writers of one item's rows wait for each other instead of colliding on the key.
    select 1 from action_item where id in (select unnest(items)) order by id for no key update;
    delete from action_item_working_time where action_item_id in (select unnest(items));
    insert into action_item_working_time (action_item_id, valid_from, valid_until, starts_on, ends_on, days_before,
                                          total_days, first_on, last_on)
    with wanted as (select distinct unnest(items) as id),
    intervals as (
        select ph.action_item_id, ph.start_on as s, ph.end_on as e
        from action_item_phase ph join wanted on wanted.id = ph.action_item_id
        where not ph.recurring_yearly
        union all
        select ph.action_item_id, vco_in_year(ph.start_on, y), vco_in_year(ph.end_on, y)
        from action_item_phase ph join wanted on wanted.id = ph.action_item_id
        cross join generate_series(extract(year from ph.start_on)::integer, extract(year from ph.end_on)::integer) y
        where ph.recurring_yearly),
    reached as (
        select action_item_id, s, e,
               max(e) over (partition by action_item_id order by s, e
                            rows between unbounded preceding and 1 preceding) as reach
        from intervals where s <= e),
    islands as (
        select action_item_id, s, e,
               count(*) filter (where reach is null or s > reach + 1)
                   over (partition by action_item_id order by s, e) as island
        from reached),
    merged as (select action_item_id, min(s) as s, max(e) as e from islands group by action_item_id, island)
    select action_item_id,
           case when row_number() over w = 1 then '-infinity'::date else s end,
           coalesce(lead(s) over w, 'infinity'::date),
           s, e,
           coalesce(sum(e - s + 1) over (w rows between unbounded preceding and 1 preceding), 0),
           sum(e - s + 1) over (partition by action_item_id),
           min(s) over (partition by action_item_id),
           max(e) over (partition by action_item_id)
    from merged
    window w as (partition by action_item_id order by s)
$$;

-- What the counted reports achieved on each target of the items, from each accepted period end on until the next (and
-- 0 before the first): their sum, 0 when nobody reported; the share min(1, achieved ÷ target), null for a target of
-- 0, which measures nothing; reached when the sum is at least the target. The one definition of a target's progress:
-- the achievement table below is the mean of these shares, and the item page shows them for the day asked.
create function vco_target_steps(items bigint[]) returns table (
    target_id bigint, action_item_id bigint, from_on date, until_on date, achieved numeric, share numeric,
    reached boolean)
    language sql stable
as $$
    with accepted as (
        select r.id, r.action_item_id, vco_period_end(r.period_type, r.period_year, r.period_number) as ends
        from progress_report r
        where r.action_item_id = any(items) and r.status = 'ACCEPTED'),
    steps as (
        select distinct action_item_id, ends from accepted
        union
        select unnest(items), '-infinity'::date),
    amounts as (
        select a.ends, v.target_id, sum(v.actual_value) as amount
        from accepted a join progress_report_value v on v.progress_report_id = a.id
        group by a.ends, v.target_id),
    achieved as (
        select t.id, t.action_item_id, t.value, s.ends,
               lead(s.ends, 1, 'infinity'::date) over (partition by t.id order by s.ends) as until_on,
               coalesce(sum(m.amount) over (partition by t.id order by s.ends), 0) as amount
        from steps s join target t on t.action_item_id = s.action_item_id
        left join amounts m on m.target_id = t.id and m.ends = s.ends
        where t.action_item_id = any(items))
    select id, action_item_id, ends, until_on, amount,
           case when value > 0 then least(1, amount / value) end,
           value > 0 and amount >= value
    from achieved
$$;

-- The share achieved from each accepted period end on, until the next: one row per distinct end of the item's
-- accepted reports (none before the first: nothing achieved yet). With targets: the mean of their shares
-- (vco_target_steps), reached when each is; without: the percent complete of the latest accepted report.
create table action_item_achievement (
    action_item_id  bigint  not null references action_item (id) on delete cascade,
    from_on         date    not null,
    until_on        date    not null,
    share           numeric not null,
    reached         boolean not null,
    primary key (action_item_id, from_on)
);

create function vco_refresh_achievement(items bigint[]) returns void
    language sql volatile
as $$
    select 1 from action_item where id in (select unnest(items)) order by id for no key update;
    delete from action_item_achievement where action_item_id in (select unnest(items));
    insert into action_item_achievement (action_item_id, from_on, until_on, share, reached)
    with accepted as (
        select r.action_item_id, vco_period_end(r.period_type, r.period_year, r.period_number) as ends
        from progress_report r
        where r.action_item_id = any(items) and r.status = 'ACCEPTED'),
    by_targets as (
        select action_item_id, from_on as ends, avg(share) as share, bool_and(reached) as reached
        from vco_target_steps(items)
        where share is not null and from_on > '-infinity'
        group by action_item_id, from_on),
    by_percent as (
        select s.action_item_id, s.ends, latest.share
        from (select distinct action_item_id, ends from accepted) s
        join lateral (
            select r.percent_complete / 100 as share
            from progress_report r
            where r.action_item_id = s.action_item_id and r.status = 'ACCEPTED' and r.percent_complete is not null
              and vco_period_end(r.period_type, r.period_year, r.period_number) <= s.ends
            order by vco_period_end(r.period_type, r.period_year, r.period_number) desc, r.reviewed_at desc nulls last,
                     r.id desc
            limit 1) latest on true
        where not exists (select 1 from target t where t.action_item_id = s.action_item_id and t.value > 0)),
    both_kinds as (
        select action_item_id, ends, share, reached from by_targets
        union all
        select action_item_id, ends, share, false from by_percent)
    select action_item_id, ends, coalesce(lead(ends) over (partition by action_item_id order by ends), 'infinity'),
           share, reached
    from both_kinds
$$;

-- Statement triggers: a bulk insert refreshes each item it touches once.
create function vco_phases_changed() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        perform vco_refresh_working_time(array(select action_item_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform vco_refresh_working_time(array(select action_item_id from old_rows));
    else
        perform vco_refresh_working_time(array(select action_item_id from new_rows
                                               union select action_item_id from old_rows));
    end if;
    return null;
end
$$;
create trigger action_item_phase_inserted after insert on action_item_phase
    referencing new table as new_rows for each statement execute function vco_phases_changed();
create trigger action_item_phase_updated after update on action_item_phase
    referencing old table as old_rows new table as new_rows for each statement execute function vco_phases_changed();
create trigger action_item_phase_deleted after delete on action_item_phase
    referencing old table as old_rows for each statement execute function vco_phases_changed();

-- A report counts once accepted; a change to a report that is not and was not accepted changes nothing.
create function vco_reports_changed() returns trigger
    language plpgsql
as $$
declare
    items bigint[];
begin
    if tg_op = 'INSERT' then
        items := array(select action_item_id from new_rows where status = 'ACCEPTED');
    elsif tg_op = 'DELETE' then
        items := array(select action_item_id from old_rows where status = 'ACCEPTED');
    else
        items := array(select n.action_item_id from new_rows n join old_rows o on o.id = n.id
                       where n.status = 'ACCEPTED' or o.status = 'ACCEPTED'
                       union
                       select o.action_item_id from new_rows n join old_rows o on o.id = n.id
                       where n.status = 'ACCEPTED' or o.status = 'ACCEPTED');
    end if;
    if cardinality(items) > 0 then
        perform vco_refresh_achievement(items);
    end if;
    return null;
end
$$;
create trigger progress_report_inserted after insert on progress_report
    referencing new table as new_rows for each statement execute function vco_reports_changed();
create trigger progress_report_updated after update on progress_report
    referencing old table as old_rows new table as new_rows for each statement execute function vco_reports_changed();
create trigger progress_report_deleted after delete on progress_report
    referencing old table as old_rows for each statement execute function vco_reports_changed();

create function vco_report_values_changed() returns trigger
    language plpgsql
as $$
declare
    items bigint[];
begin
    if tg_op = 'INSERT' then
        items := array(select r.action_item_id from new_rows v join progress_report r on r.id = v.progress_report_id
                       where r.status = 'ACCEPTED');
    elsif tg_op = 'DELETE' then
        items := array(select r.action_item_id from old_rows v join progress_report r on r.id = v.progress_report_id
                       where r.status = 'ACCEPTED');
    else
        items := array(select r.action_item_id from new_rows v join progress_report r on r.id = v.progress_report_id
                       where r.status = 'ACCEPTED'
                       union
                       select r.action_item_id from old_rows v join progress_report r on r.id = v.progress_report_id
                       where r.status = 'ACCEPTED');
    end if;
    if cardinality(items) > 0 then
        perform vco_refresh_achievement(items);
    end if;
    return null;
end
$$;
create trigger progress_report_value_inserted after insert on progress_report_value
    referencing new table as new_rows for each statement execute function vco_report_values_changed();
create trigger progress_report_value_updated after update on progress_report_value
    referencing old table as old_rows new table as new_rows for each statement execute function vco_report_values_changed();
create trigger progress_report_value_deleted after delete on progress_report_value
    referencing old table as old_rows for each statement execute function vco_report_values_changed();

create function vco_targets_changed() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        perform vco_refresh_achievement(array(select action_item_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform vco_refresh_achievement(array(select action_item_id from old_rows));
    else
        perform vco_refresh_achievement(array(select action_item_id from new_rows
                                              union select action_item_id from old_rows));
    end if;
    return null;
end
$$;
create trigger target_inserted after insert on target
    referencing new table as new_rows for each statement execute function vco_targets_changed();
create trigger target_updated after update on target
    referencing old table as old_rows new table as new_rows for each statement execute function vco_targets_changed();
create trigger target_deleted after delete on target
    referencing old table as old_rows for each statement execute function vco_targets_changed();

select vco_refresh_working_time(array(select id from action_item));
select vco_refresh_achievement(array(select id from action_item));

-- The share of the working time passed on a day, from the working-time row that answers for it.
create function vco_elapsed(on_date date, starts_on date, ends_on date, days_before integer, total_days integer)
    returns numeric
    language sql immutable parallel safe
as $$
    select (days_before + case when on_date < starts_on then 0 else least(on_date, ends_on) - starts_on + 1 end)::numeric
           / total_days
$$;

-- Every item's status on a day, with what it was judged on. One row per item and no aggregate: the planner merges it
-- into the calling query, so a filter on action_item_id reads only those items' rows.
-- basis: TARGETS (the mean over targets), REPORTED_PERCENT (no targets: the latest accepted percent) or NONE.
create function vco_item_status(on_date date) returns table (
    action_item_id bigint, status varchar, elapsed numeric, share numeric, basis varchar, targets bigint,
    starts_on date, ends_on date, done_on date)
    language sql stable
as $$
    select i.id,
           (case when i.done_on <= on_date or a.reached then 'DONE'
                 when w.action_item_id is null then 'UNKNOWN'
                 when on_date < w.first_on then 'NOT_STARTED'
                 when on_date > w.last_on then 'OVERDUE'
                 when vco_elapsed(on_date, w.starts_on, w.ends_on, w.days_before, w.total_days)
                      - coalesce(a.share, 0) > 0.05 then 'AT_RISK'
                 else 'IN_PROGRESS' end)::varchar,
           vco_elapsed(on_date, w.starts_on, w.ends_on, w.days_before, w.total_days),
           coalesce(a.share, 0),
           (case when exists (select 1 from target t where t.action_item_id = i.id and t.value > 0) then 'TARGETS'
                 when a.action_item_id is not null then 'REPORTED_PERCENT'
                 else 'NONE' end)::varchar,
           (select count(*) from target t where t.action_item_id = i.id and t.value > 0),
           w.first_on, w.last_on, case when i.done_on <= on_date then i.done_on end
    from action_item i
    left join action_item_working_time w
           on w.action_item_id = i.id and w.valid_from <= on_date and on_date < w.valid_until
    left join action_item_achievement a
           on a.action_item_id = i.id and a.from_on <= on_date and on_date < a.until_on
$$;
