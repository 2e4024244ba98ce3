-- wrk script for scripts/bench-http: the calendar page searched for one of the benchmark's
-- meetings by its number ("Meeting 12345"), so that almost every request misses the response
-- cache and filters all the meetings afresh.
local thread_seed = 0
function setup(thread)
  thread_seed = thread_seed + 1
  thread:set("seed", thread_seed)
end
function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
end
function request()
  return wrk.format("GET", string.format("/meetings?q=Meeting+%d", math.random(0, 19999)))
end
