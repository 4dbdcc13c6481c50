// The cluster run's report as Markdown tables: the load through the proxy, what each process did,
// each scheduled occurrence expected against recorded, and the outbox.

const JOBS = ['sla-sweep', 'approval-timeouts', 'request-auto-close'];
const fmt = (n) => (n === null || n === undefined ? '-' : n.toLocaleString('en'));
const yes = (ok) => (ok ? 'yes' : '**NO**');

function table(headers, rows) {
  const align = headers.map((h, i) => (i === 0 ? '---' : '---:'));
  return [headers, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function formatClusterReport(r) {
  const load = r.load;
  const nonOk = Object.entries(load.statuses)
    .map(([status, n]) => `${n} x ${status}`)
    .concat(load.connectionErrors ? [`${load.connectionErrors} connection errors`] : [])
    .join(', ');
  const sections = [
    `Run ${r.at}: ${r.processes} API processes, ticks every ${r.tickSeconds} s, ` +
      `${r.connections} connections for ${Math.round(r.loadSeconds)} s; ` +
      `${r.killed} killed (SIGKILL) at +${r.killAtS} s${r.restartAtS ? `, restarted at +${r.restartAtS} s` : ''}. ` +
      `While it was down (${r.whileDown.seconds} s), ${r.whileDown.occurrencesDue} occurrences fell due ` +
      `and the other two fired ${r.whileDown.survivorTicks.join(' and ')} SLA sweeps; ` +
      `the proxy answered ${r.badGateway} request(s) 502 (in flight on the killed process, not acknowledged).`,
    table(
      [
        'load through the proxy',
        'req/s (2xx)',
        'p50 ms',
        'p99 ms',
        '2xx',
        'not 2xx',
        'creates acked / in DB',
        'submits acked / in DB',
        'lost',
      ],
      [
        [
          'mixed: list, create, submit, detail, approvals queue, catalog',
          fmt(load.rps),
          fmt(load.p50),
          fmt(load.p99),
          fmt(load.count),
          nonOk || '0',
          `${fmt(r.acked.created)} / ${fmt(r.acked.createdFound)}`,
          `${fmt(r.acked.submitted)} / ${fmt(r.acked.submittedFound)}`,
          fmt(r.acked.lost),
        ],
      ],
    ),
    table(
      [
        'process (life)',
        ...JOBS.map((j) => `${j} ticks`),
        'outbox passes',
        'tenants skipped (lock held elsewhere)',
        'SLA effects (log)',
        'approval effects (log)',
        'events dispatched (log)',
        'responses via proxy',
        'refused, sent on',
      ],
      r.lives.map((life) => [
        life.label,
        ...JOBS.map((j) => fmt(life.ticks[j] ?? 0)),
        fmt(life.outboxPasses),
        fmt(life.skipped),
        fmt(life.slaRecorded),
        fmt(life.approvalsHandled),
        fmt(life.eventsDispatched),
        life.proxied === undefined ? '' : fmt(life.proxied),
        life.refused === undefined ? '' : fmt(life.refused),
      ]),
    ),
    table(
      [
        'scheduled occurrence',
        'expected',
        'exactly once',
        'outbox events',
        'audit / timeline',
        'ok',
      ],
      r.effects.map((e) => [
        e.effect,
        fmt(e.expected),
        fmt(e.once),
        fmt(e.events),
        fmt(e.records),
        yes(e.ok),
      ]),
    ),
    table(
      [
        'outbox (whole database)',
        'events',
        'pending at the end',
        'given up',
        'in-app notifications expected',
        'recorded',
        'events told wrongly',
        'ok',
      ],
      [
        [
          'every event since the seed',
          fmt(r.outbox.events),
          fmt(r.outbox.pending),
          fmt(r.outbox.gaveUp),
          fmt(r.outbox.notificationsExpected),
          fmt(r.outbox.notificationsRecorded),
          fmt(r.outbox.eventsToldWrongly),
          yes(r.outbox.ok),
        ],
      ],
    ),
    table(
      ['guarantee', 'ok'],
      r.guarantees.map((g) => [g.name, yes(g.ok)]),
    ),
  ];
  return `${sections.join('\n\n')}\n`;
}
