-- The certifications list finds a certificate by any part of its number ("VG-2026" finds "VG-2026-0153"), and the
-- households holding one by part of their name, with vco_search_key(...) like '%...%' as the contracts list does (V40):
-- trigram indexes keep that fast on tens of thousands of certificates.
create index certification_number_search_idx
    on certification using gin (vco_search_key(number) gin_trgm_ops);
create index certification_households_search_idx
    on certification using gin (vco_search_key(holder_households_name) gin_trgm_ops);
