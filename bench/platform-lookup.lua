-- wrk script for the platform bench (platform-lookup.bench.ts): GET /m/lookup cycling through the
-- query hashes in the file given after `--` (one hex a line: half near stored hashes, half random).
-- Usage: wrk ... -s platform-lookup.lua URL -- QUERIES_FILE KEY
local queries = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line == 64 then queries[#queries + 1] = line end
  end
  wrk.headers["Authorization"] = "Bearer " .. args[2]
end

function request()
  i = i % #queries + 1
  return wrk.format("GET", "/api/platform/hma/m/lookup?signal_type=pdq&signal=" .. queries[i])
end
