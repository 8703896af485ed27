-- wrk script of test/bench/telemetry: each request GETs the proof of a reading picked at
-- random among the stored ones: a device at random from the file named by the script's
-- argument (one "0xaddress maxseq" a line), then one of its seqs 1 … maxseq at random.
--   wrk -t2 -c32 -d20s --latency -s proofs.lua http://127.0.0.1:PORT -- devices.txt

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

local devices = {}
local seqs = {}

function init(args)
  if not args[1] then
    error("usage: wrk ... -s proofs.lua URL -- DEVICES_FILE")
  end
  for line in io.lines(args[1]) do
    local addr, n = line:match("^(0x%x+)%s+(%d+)$")
    if addr then
      devices[#devices + 1] = addr
      seqs[#seqs + 1] = tonumber(n)
    end
  end
  if #devices == 0 then
    error("no devices in " .. args[1])
  end
  math.randomseed(os.time() * 1000 + (seed or 0))
end

function request()
  local i = math.random(#devices)
  return wrk.format("GET", "/v1/telemetry/" .. devices[i] .. "/" .. math.random(seqs[i]) .. "/proof")
end
