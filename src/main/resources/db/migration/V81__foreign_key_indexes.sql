-- An index for every foreign key that had none (ForeignKeyIndexTest keeps it so). PostgreSQL indexes primary keys
-- and unique constraints, not the referencing side: without these, a query filtering on the key and each delete of
-- a referenced row read the whole table (the per-target sums of progress_report_value did, over 340,000 rows).
create index progress_report_value_target_idx on progress_report_value (target_id);
create index action_item_agency_unit_idx on action_item_agency (administrative_unit_id);
create index administrative_unit_successor_idx on administrative_unit (successor_id);
create index agency_unit_idx on agency (administrative_unit_id);
create index app_user_unit_idx on app_user (administrative_unit_id);
create index cooperative_plan_idx on cooperative (plan_id);
create index plan_amends_plan_idx on plan (amends_plan_id);
create index plan_section_chain_idx on plan_section (chain_id);

-- The change history, joined to its revisions by number (and a revision could not be deleted without them).
create index certification_aud_rev_idx on certification_aud (rev);
create index chain_aud_rev_idx on chain_aud (rev);
create index chain_participant_aud_rev_idx on chain_participant_aud (rev);
create index contract_delivery_aud_rev_idx on contract_delivery_aud (rev);
create index cooperative_aud_rev_idx on cooperative_aud (rev);
create index enterprise_aud_rev_idx on enterprise_aud (rev);
create index linkage_contract_aud_rev_idx on linkage_contract_aud (rev);
