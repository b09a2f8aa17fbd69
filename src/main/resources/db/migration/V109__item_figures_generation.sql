-- The home page's counts of action items are cached with the province's figures (FiguresCache): a committed change to
-- the items or to the units and agencies that place them advances the generation, as V107 does for the registries.
create constraint trigger action_item_figures_changed after insert or update or delete on action_item
    deferrable initially deferred for each row execute function vco_figures_changed();
create constraint trigger action_item_unit_figures_changed after insert or update or delete on action_item_unit
    deferrable initially deferred for each row execute function vco_figures_changed();
create constraint trigger action_item_agency_figures_changed after insert or update or delete on action_item_agency
    deferrable initially deferred for each row execute function vco_figures_changed();
