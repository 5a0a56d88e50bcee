-- wrk script for completing a survey: POST /calls/{id}/complete on calls ANSWER_MIN..ANSWER_MAX, each
-- once (a completed survey cannot be completed again): every wrk thread walks its own share of the ids.
-- Reports p50/p90/p95/p99.
dofile("bench/percentiles.lua")
local min = tonumber(os.getenv("ANSWER_MIN"))
local max = tonumber(os.getenv("ANSWER_MAX"))
local token = os.getenv("CSRF")
local threads = 0
function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end
local next_id = nil
local headers = {}
request = function()
  if next_id == nil then
    next_id = min + offset
    for k, v in pairs(wrk.headers) do headers[k] = v end
    headers["Content-Type"] = "application/x-www-form-urlencoded"
  end
  local id = next_id
  next_id = next_id + 2   -- two threads (-t2): one takes the even offsets, the other the odd
  if id > max then id = max end
  return wrk.format("POST", "/calls/" .. id .. "/complete", headers, "_csrf=" .. token)
end
