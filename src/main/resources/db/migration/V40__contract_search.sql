-- The contracts list searches the contract number and the households' names (cooperatives and enterprises
-- have their own name indexes) with vco_search_key(...) like '%...%': trigram indexes keep that fast on
-- tens of thousands of contracts.
create index linkage_contract_number_search_idx
    on linkage_contract using gin (vco_search_key(number) gin_trgm_ops);
create index linkage_contract_seller_households_search_idx
    on linkage_contract using gin (vco_search_key(seller_households_name) gin_trgm_ops);
create index linkage_contract_buyer_households_search_idx
    on linkage_contract using gin (vco_search_key(buyer_households_name) gin_trgm_ops);
-- The list's product filter.
create index linkage_contract_product_idx on linkage_contract (product_id);
