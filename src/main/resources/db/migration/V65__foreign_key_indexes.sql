-- V81 (issue 14: an index for every foreign key) creates administrative_unit_successor_idx and agency_unit_idx, the
-- same indexes V60 and V61 made under the same names; they are dropped here so that V81 runs as written, on a new
-- database and on one that already has V60 to V64.
drop index if exists administrative_unit_successor_idx;
drop index if exists agency_unit_idx;

-- The deployment's province, a foreign key like any other (ForeignKeyIndexTest).
create index deployment_province_idx on deployment (province_id);
