-- wrk script of test/bench/search: "free tomorrow within 2 km" at a random point of the
-- seeded area (45.764, 4.8357) ± (0.25°, 0.35°).
--   wrk -t2 -c32 -d20s --latency -s search.lua http://127.0.0.1:PORT -- KIND RADIUS FROM TO

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

local kind, radius, from, to

function init(args)
  kind, radius, from, to = args[1], args[2], args[3], args[4]
  if not to then
    error("usage: wrk ... -s search.lua URL -- KIND RADIUS FROM TO")
  end
  math.randomseed(os.time() * 1000 + (seed or 0))
end

function request()
  local lat = 45.764 + (math.random() - 0.5) * 0.5
  local lon = 4.8357 + (math.random() - 0.5) * 0.7
  local q = string.format("/v1/listings?near=%.5f,%.5f&radius_m=%s&available_from=%s&available_to=%s", lat, lon, radius, from, to)
  if kind ~= "" then
    q = q .. "&kind=" .. kind
  end
  return wrk.format("GET", q)
end
