-- wrk's --latency lists 50/75/90/99 %; the targets also name p95. Included by the other scripts.
function done(summary, latency, requests)
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("  p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
