-- A plan of the demo data that is no real document (the 2026 plan of Vĩnh Long), shown with the badge every
-- illustrative record has (issue 12).
alter table plan add column illustrative boolean not null default false;
