-- wrk script for the platform bench's floor: GET /api/platform/hma/status with the bearer key
-- given after `--` (auth + routing + a text answer, no matching).
function init(args)
  wrk.headers["Authorization"] = "Bearer " .. args[1]
end
