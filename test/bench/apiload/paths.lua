-- wrk script of test/bench/apiload: each request GETs a path picked at random from the
-- file named by the script's argument (one path per line), so the load spreads over many
-- rows and pages instead of one hot row.
--   wrk -t2 -c32 -d20s --latency -s paths.lua http://127.0.0.1:PORT -- paths.txt

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

local paths = {}

function init(args)
  if not args[1] then
    error("usage: wrk ... -s paths.lua URL -- PATHS_FILE")
  end
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  if #paths == 0 then
    error("no paths in " .. args[1])
  end
  math.randomseed(os.time() * 1000 + (seed or 0))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
