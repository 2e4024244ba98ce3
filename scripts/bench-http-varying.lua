-- wrk script for scripts/bench-http: the forum page on a random day between 1800 and 2199, so
-- that almost every request misses the response cache and is rendered from the registry. The
-- page is in the language whose prefix AGORA_BENCH_PREFIX gives ("/fr"; English without it).
local prefix = os.getenv("AGORA_BENCH_PREFIX") or ""
local thread_seed = 0
function setup(thread)
  thread_seed = thread_seed + 1
  thread:set("seed", thread_seed)
end
function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
end
function request()
  local y = math.random(1800, 2199)
  local m = math.random(1, 12)
  local d = math.random(1, 28)
  return wrk.format("GET", string.format("%s/fora/rcm?as_of=%04d-%02d-%02d", prefix, y, m, d))
end
