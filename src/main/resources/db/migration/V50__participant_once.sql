-- A party takes part in a chain once (issue 11): its stages, role and households are one line of the chain. Earlier
-- duplicates are folded into the line kept (the lead if one of them leads, else the oldest): their stages join it, and
-- the larger households count stays; then the database refuses a second line, also from two people adding at once.
create temporary table participant_duplicate on commit drop as
select id, first_value(id) over (
           partition by chain_id, party_kind, cooperative_id, enterprise_id,
                        case when party_kind = 'HOUSEHOLDS' then vco_search_key(households_name) end
           order by lead desc, id) as kept
from chain_participant;

insert into chain_participant_stage (participant_id, stage)
select d.kept, s.stage
from participant_duplicate d join chain_participant_stage s on s.participant_id = d.id
where d.id <> d.kept
on conflict do nothing;

update chain_participant p
set households_count = x.households
from (select d.kept, max(c.households_count) as households
      from participant_duplicate d join chain_participant c on c.id = d.id
      group by d.kept having count(*) > 1) x
where p.id = x.kept and x.households is not null;

delete from chain_participant p
using participant_duplicate d
where p.id = d.id and d.id <> d.kept;

create unique index chain_participant_cooperative_uk on chain_participant (chain_id, cooperative_id)
    where cooperative_id is not null;
create unique index chain_participant_enterprise_uk on chain_participant (chain_id, enterprise_id)
    where enterprise_id is not null;
create unique index chain_participant_households_uk on chain_participant (chain_id, vco_search_key(households_name))
    where party_kind = 'HOUSEHOLDS';
