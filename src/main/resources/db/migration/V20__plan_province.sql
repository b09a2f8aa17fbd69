-- The province whose plan it is: "UBND các huyện và thành phố" in its framework means that province's districts.
alter table plan add column province_id bigint references administrative_unit (id);
create index plan_province_idx on plan (province_id);
