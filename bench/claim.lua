-- wrk script for the claim: POST /calls/{id}/claim on random pending calls (ids MIN..MAX from the
-- environment), with the form token of the signed-in session. Reports p50/p90/p95/p99.
dofile("bench/percentiles.lua")
local min = tonumber(os.getenv("CLAIM_MIN"))
local max = tonumber(os.getenv("CLAIM_MAX"))
local token = os.getenv("CSRF")
math.randomseed(os.time())
request = function()
  local path = "/calls/" .. math.random(min, max) .. "/claim"
  return wrk.format("POST", path, {["Content-Type"] = "application/x-www-form-urlencoded"}, "_csrf=" .. token)
end
