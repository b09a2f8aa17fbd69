-- The history of a chain shows changes of its required stages and of its participants' stages (issue 11): they
-- decide the "stages covered" criterion. Envers keeps each set in its own table. Until now the sets were not kept:
-- each record's current set is recorded at its first revision, so that no later change seems to add it.
create table chain_required_stage_aud (
    rev       bigint      not null references revision (id),
    revtype   smallint,
    chain_id  bigint      not null,
    stage     varchar(32) not null,
    primary key (rev, chain_id, stage)
);

insert into chain_required_stage_aud (rev, revtype, chain_id, stage)
select first.rev, 0, s.chain_id, s.stage
from chain_required_stage s
  join (select id, min(rev) as rev from chain_aud group by id) first on first.id = s.chain_id;

create table chain_participant_stage_aud (
    rev             bigint      not null references revision (id),
    revtype         smallint,
    participant_id  bigint      not null,
    stage           varchar(32) not null,
    primary key (rev, participant_id, stage)
);

insert into chain_participant_stage_aud (rev, revtype, participant_id, stage)
select first.rev, 0, s.participant_id, s.stage
from chain_participant_stage s
  join (select id, min(rev) as rev from chain_participant_aud group by id) first on first.id = s.participant_id;

-- Envers reads a set at a revision by the record's id.
create index chain_required_stage_aud_chain_idx on chain_required_stage_aud (chain_id);
create index chain_participant_stage_aud_participant_idx on chain_participant_stage_aud (participant_id);
