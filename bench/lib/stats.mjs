// Latency summaries shared by the raw-SQL runner and the report.

/** p-th percentile (0-100) of an ascending array, nearest rank. */
export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function summarize(latenciesMs, elapsedMs, errors = 0) {
  const sorted = Float64Array.from(latenciesMs).sort();
  return {
    rps: Math.round((latenciesMs.length / elapsedMs) * 1000),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    count: latenciesMs.length,
    errors,
  };
}

export const round = (n) => (n === null ? null : Math.round(n * 100) / 100);

export function median(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Several runs of one measurement reduced to one: the median of each numeric figure (req/s, each
 * percentile, latency), errors summed over the runs (a failure in any run is worth seeing), and
 * the spread of the throughput (`rpsMin`-`rpsMax`) so the report shows how much the runs agreed.
 * A single run passes through with a zero spread.
 */
export function medianOfRuns(samples) {
  const runs = samples.filter(Boolean);
  if (!runs.length) return null;
  const result = { runs: runs.length };
  for (const key of Object.keys(runs[0])) {
    const values = runs.map((r) => r[key]);
    if (key === 'errors') result.errors = values.reduce((sum, v) => sum + (v ?? 0), 0);
    else if (values.every((v) => typeof v === 'number' || v === null)) {
      result[key] = round(median(values));
    }
  }
  const rates = runs.map((r) => r.rps).filter((v) => typeof v === 'number');
  result.rpsMin = Math.min(...rates);
  result.rpsMax = Math.max(...rates);
  return result;
}
