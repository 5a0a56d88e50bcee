-- wrk script for the claim: POST /calls/{id}/claim on random pending calls (ids MIN..MAX from the
-- environment), with the form token of the signed-in session. Reports p50/p90/p95/p99.
dofile("bench/percentiles.lua")
local min = tonumber(os.getenv("CLAIM_MIN"))
local max = tonumber(os.getenv("CLAIM_MAX"))
local token = os.getenv("CSRF")
math.randomseed(os.time())
-- wrk.format does not merge headers given to it with those of the command line (the session cookie)
local headers = {}
request = function()
  if headers["Cookie"] == nil then
    for k, v in pairs(wrk.headers) do headers[k] = v end
    headers["Content-Type"] = "application/x-www-form-urlencoded"
  end
  local path = "/calls/" .. math.random(min, max) .. "/claim"
  return wrk.format("POST", path, headers, "_csrf=" .. token)
end
