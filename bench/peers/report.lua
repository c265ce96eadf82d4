-- wrk script of bench/compare-peers.sh.
--   wrk -t2 -c32 -d15s -s report.lua http://127.0.0.1:38081 -- /path/one [/path/two ...]
-- Each thread sends the given paths in turn (one path: the same request every time; several: a client that needs
-- several calls for one logical read, so a logical read is len(paths) requests). At the end it prints one line
--   RESULT requests=… duration_us=… rps=… p50_ms=… p99_ms=… mean_ms=… max_ms=… non2xx=… socket_errors=… paths=…
-- non2xx counts the answers whose status is not 2xx (wrk's own counter sees only >= 400).
-- globals, not locals: done() reads them from each thread with thread:get()
reqs = {}
n = 0
i = 0
bad = 0

function init(args)
  for _, p in ipairs(args) do
    reqs[#reqs + 1] = wrk.format("GET", p)
  end
  if #reqs == 0 then
    reqs[1] = wrk.format("GET")
  end
  n = #reqs
end

function request()
  i = i % n + 1
  return reqs[i]
end

-- a response() hook makes wrk parse every answer's headers; the body is not kept (no body argument is used)
function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
  end
end

-- every thread's count, summed in done()
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local non2xx, paths = 0, 0
  for _, t in ipairs(threads) do
    non2xx = non2xx + (t:get("bad") or 0)
    paths = t:get("n") or paths
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d rps=%.2f p50_ms=%.2f p99_ms=%.2f mean_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d paths=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.mean / 1000, latency.max / 1000,
    non2xx, e.connect + e.read + e.write + e.timeout, paths))
end
