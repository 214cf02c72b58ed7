// Samples the process's resident set size while a benchmark runs (the "RSS < 1 GB" target).
export function sampleRss(everyMs = 100) {
  let max = process.memoryUsage.rss();
  const timer = setInterval(() => {
    max = Math.max(max, process.memoryUsage.rss());
  }, everyMs);
  timer.unref();
  return {
    /** Peak RSS in MB so far. */
    peakMb: () => Math.round(Math.max(max, process.memoryUsage.rss()) / 1048576),
    stop: () => clearInterval(timer),
  };
}

export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  const r = (v: number) => Number(v.toFixed(2));
  return { p50: r(at(50)), p95: r(at(95)), p99: r(at(99)), max: r(sorted[sorted.length - 1] ?? 0) };
}
