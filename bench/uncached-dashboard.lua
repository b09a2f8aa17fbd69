-- wrk -s: the whole country's dashboard, each request on another day, so that no cached figure or page serves it
-- (the benchmark's deliberately slow page).
local n = 0
request = function()
    n = n + 1
    local day = os.time({ year = 2016, month = 1, day = 1, hour = 12 }) + ((n * 7919) % 3650) * 86400
    return wrk.format("GET", "/dashboard?date=" .. os.date("%d/%m/%Y", day))
end
