-- wrk script for scripts/bench-serve.sh, given the URL of an endpoint: /api/search gets queries an
-- analyst might type (phrases, Boolean operators, wildcards), a third of them filtered to an authority;
-- /api/match gets authorities in turn. At the end it prints one line: endpoint, requests, errors,
-- req/s, p50, p99, max (ms).
local queries = {"care leavers accommodation", "\"pathway plans\"", "neglect AND \"pre-proceedings\"",
  "early help", "supervision -agency", "exploitation missing", "foster* recruitment",
  "\"corporate parenting\"", "edge of care", "disabled children transitions", "MASH thresholds",
  "life story", "workforce stability caseloads", "independent reviewing officers",
  "special guardianship", "domestic abuse", "virtual school attendance", "unaccompanied children",
  "quality assurance audit", "voice of the child"}
local authorities = {"Kent", "Medway", "Slough", "Surrey", "Hampshire", "West Sussex", "Reading", "Portsmouth"}
local n = 0

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  n = n + 1
  local authority = encode(authorities[n % #authorities + 1])
  if wrk.path == "/api/match" then
    return wrk.format(nil, wrk.path .. "?top=3&la=" .. authority)
  end
  local path = wrk.path .. "?limit=20&q=" .. encode(queries[n % #queries + 1])
  if n % 3 == 0 then
    path = path .. "&la=" .. authority
  end
  return wrk.format(nil, path)
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("%-12s %9d %7d %9.1f %8.1f %8.1f %8.1f\n", wrk.path, summary.requests, errors,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
