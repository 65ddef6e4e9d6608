local authorities = {"Kent", "Medway", "Slough", "Surrey", "Hampshire", "West Sussex", "Reading", "Portsmouth"}
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, "/api/match?top=3&la=" .. authorities[n % #authorities + 1]:gsub(" ", "%%20"))
end
