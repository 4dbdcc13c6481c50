// The V8 flags the API runs with in production: `npm start` (tools/start.mjs), the load tests
// (bench/lib/api-server.mjs) and, spelled out again, the container (Dockerfile `NODE_OPTIONS`).
//
// Measured in bench/README.md ("RSS"): with Node's defaults the API's resident memory grew from
// ~200 MB idle to 290-400 MB under 32-64 concurrent requests, mostly the young generation (16 MB
// semi-spaces) and an old space V8 lets grow freely. A 4 MB semi-space makes scavenges more frequent
// but each one cheaper, with no loss of throughput in the same runs.
//
// The old-space ceiling is a hard limit: past it the process dies with "heap out of memory", taking
// every request in flight with it. So it is sized for the largest legitimate work, not the typical:
// a CSV export (reports/requests.csv) is capped at 10,000 rows and built in memory inside its
// transaction, ~10-15 MB of strings at its peak (rows, the joined text, its two-byte copy with the
// byte order mark); concurrent exports are bounded by the connection pool (each holds a connection
// while it builds), 8 on two cores. 8 x 15 MB on top of a ~70 MB baseline is ~190 MB; 256 MB
// leaves room for ordinary traffic beside them. Larger machines (larger pools) raise it with
// NODE_OPTIONS="--max-old-space-size=...": a flag set there wins over these.
export const API_NODE_FLAGS = ['--max-semi-space-size=4', '--max-old-space-size=256'];

/** The flags above, minus any the operator already set in NODE_OPTIONS (theirs win). */
export function apiNodeFlags(nodeOptions = process.env.NODE_OPTIONS ?? '') {
  return API_NODE_FLAGS.filter((flag) => !nodeOptions.includes(flag.split('=')[0]));
}
