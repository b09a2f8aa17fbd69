-- The province's figures (dashboard, home page) are cached by each application server and computed again when the
-- records they are made of change. Every committed change to those records advances this sequence; a server
-- compares the value it computed a figure at with the current one (FiguresCache).
create sequence figures_generation;

create function vco_figures_changed() returns trigger
    language plpgsql as
$$
begin
    perform nextval('figures_generation');
    return null;
end
$$;

-- Deferred to the commit, so that a reader cannot see the new generation long before the rows it stands for
-- (a statement trigger would advance it while an import is still writing).
do
$$
declare
    t text;
begin
    foreach t in array array['chain', 'chain_unit', 'chain_participant', 'chain_participant_stage',
                             'chain_required_stage', 'cooperative', 'enterprise', 'linkage_contract',
                             'contract_delivery', 'certification', 'product', 'administrative_unit', 'unit_map',
                             'deployment']
        loop
            execute format('create constraint trigger %1$s_figures_changed after insert or update or delete on %1$I'
                               || ' deferrable initially deferred for each row execute function vco_figures_changed()',
                           t);
        end loop;
end
$$;
