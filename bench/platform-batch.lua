-- wrk script for the platform bench (platform-lookup.bench.ts): POST /api/platform/v1/lookup with
-- the 1,000 hashes of the file given after `--` in one body (half near stored hashes, half random),
-- rotated by one each request so consecutive bodies differ.
-- Usage: wrk ... -s platform-batch.lua URL -- QUERIES_FILE KEY
local queries = {}
local bodies = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line == 64 then queries[#queries + 1] = line end
  end
  local n = #queries
  for r = 0, 9 do
    local parts = {}
    for k = 1, n do
      parts[k] = '{"signal_type":"pdq","signal":"' .. queries[(k + r * 97 - 1) % n + 1] .. '"}'
    end
    bodies[r + 1] = '{"signals":[' .. table.concat(parts, ",") .. ']}'
  end
  wrk.headers["Authorization"] = "Bearer " .. args[2]
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  i = i % #bodies + 1
  return wrk.format("POST", "/api/platform/v1/lookup", nil, bodies[i])
end
