-- wrk script for scripts/bench-serve.sh: rotating searches an analyst might type (phrases, Boolean
-- operators, wildcards), a third of them filtered to an authority; failures are counted as errors.
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

request = function()
  n = n + 1
  local path = "/api/search?limit=20&q=" .. encode(queries[n % #queries + 1])
  if n % 3 == 0 then
    path = path .. "&la=" .. encode(authorities[n % #authorities + 1])
  end
  return wrk.format(nil, path)
end
