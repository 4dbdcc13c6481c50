// The cluster run's traffic: autocannon through the proxy, each connection cycling through a mix
// of reads and writes as three people of one tenant. Every create and submit the API acknowledged
// (2xx) is recorded with the id and number it answered, so the run can show afterwards that each
// one is in the database.
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { summarize } from './stats.mjs';

const JSON_TYPE = { 'content-type': 'application/json' };

/**
 * Starts the load; `stop()` ends it and resolves to the latency summary, the statuses that were
 * not 2xx, and the acknowledged writes.
 */
export function startMixedLoad({ base, auth, itemId, formData, connections }) {
  const acked = { created: [], submitted: [] };
  const latencies = [];
  const statuses = {};
  let errors = 0;
  const requester = { ...auth.requester, ...JSON_TYPE };
  const instance = autocannon({
    url: base,
    connections,
    // Ended by stop(), once every process has fired its ticks.
    duration: 3600,
    requests: [
      { method: 'GET', path: '/api/v1/requests', headers: auth.agent },
      {
        method: 'POST',
        path: '/api/v1/requests',
        headers: requester,
        body: JSON.stringify({ itemId, formData, justification: 'cluster run' }),
        onResponse: (status, body, context) => {
          context.id = null;
          if (status >= 300) return;
          const { id, number } = JSON.parse(body);
          acked.created.push({ id, number });
          context.id = id;
        },
      },
      {
        method: 'POST',
        headers: requester,
        setupRequest: (req, context) =>
          context.id ? { ...req, path: `/api/v1/requests/${context.id}/submit`, body: '{}' } : null,
        onResponse: (status, _body, context) => {
          if (status < 300) acked.submitted.push(context.id);
        },
      },
      {
        method: 'GET',
        headers: auth.requester,
        setupRequest: (req, context) => ({ ...req, path: `/api/v1/requests/${context.id}` }),
      },
      { method: 'GET', path: '/api/v1/approvals?status=pending', headers: auth.approver },
      { method: 'GET', path: '/api/v1/catalog/items', headers: auth.requester },
    ],
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else statuses[status] = (statuses[status] ?? 0) + 1;
  });
  instance.on('reqError', () => (errors += 1));
  const started = performance.now();
  return {
    acked,
    async stop() {
      instance.stop();
      const result = await instance;
      const nonOk = Object.values(statuses).reduce((a, b) => a + b, 0);
      return {
        ...summarize(latencies, performance.now() - started, nonOk + errors + result.timeouts),
        statuses,
        connectionErrors: errors,
        timeouts: result.timeouts,
        acked,
      };
    },
  };
}
