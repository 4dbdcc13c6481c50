// The V8 flags the API runs with in production: `npm start` (tools/start.mjs), the load tests
// (bench/lib/api-server.mjs) and, spelled out again, the container (Dockerfile `NODE_OPTIONS`).
//
// Measured (bench/README.md, "RSS"): with Node's defaults the API's resident memory grows from
// ~180 MB idle to 290-370 MB under 32-64 concurrent requests; V8 sizes its heap growth by the
// ceiling it is given. With these flags the peak stayed at 190-210 MB in the same runs. The young
// generation is the throughput knob: 4 MB semi-spaces (Node's default is 16) cost ~20% of the
// requests per second against the raw SQL on two cores, 8 MB ~10%, for the same memory.
//
// The old-space ceiling is a hard limit: past it the process dies with "heap out of memory", taking
// every request in flight with it. So it is sized for the largest legitimate work, not the typical:
// a CSV export (reports/requests.csv) is capped at 10,000 rows (~1.4 MB of text) and built in memory
// inside its transaction, and concurrent exports are bounded by the connection pool (each holds a
// connection while it builds), 8 on two cores. Sixteen clients exporting at once peaked at ~200 MB
// resident with either 160 or 256 MB, but at 160 the collector ran near the ceiling and finished
// a third fewer exports; 256 leaves that work and ordinary traffic room beside each other. Larger
// machines (larger pools) raise it with NODE_OPTIONS="--max-old-space-size=...": a flag set
// there wins over these.
export const API_NODE_FLAGS = ['--max-semi-space-size=8', '--max-old-space-size=256'];

/** The flags above, minus any the operator already set in NODE_OPTIONS (theirs win). */
export function apiNodeFlags(nodeOptions = process.env.NODE_OPTIONS ?? '') {
  return API_NODE_FLAGS.filter((flag) => !nodeOptions.includes(flag.split('=')[0]));
}
