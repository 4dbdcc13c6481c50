// The load report as Markdown: ratios first, then the absolute figures behind them.

const fmt = (n) => (n === null || n === undefined ? '-' : String(n));
const ratio = (a, b, digits = 2) => (a && b ? (a / b).toFixed(digits) : '-');
/** A median rate with the spread of the runs behind it: `334 (311-350)`. */
const rate = (s) => (!s ? '-' : s.runs > 1 ? `${s.rps} (${s.rpsMin}-${s.rpsMax})` : String(s.rps));

export function formatReport(report) {
  const lines = [
    `Run ${report.at} on ${report.machine}; big tenant ${report.requests.toLocaleString('en')} requests; ` +
      `${report.durationS} s per run; API RSS idle ${report.idleRss} MB; suite ${report.minutes} min.`,
    '',
    `Each figure is the median of ${report.runs ?? 1} run(s), the API and the raw SQL taking turns; ` +
      'rates show the spread (min-max) of the runs in brackets; RSS is the highest peak.',
    '',
    '| case | conns | API / raw (app) | API / raw (plain) | API / TPC-B | API req/s | p50 | p95 | p99 | raw app q/s | p50 | p95 | p99 | raw plain q/s | errors | RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of report.rows) {
    const a = r.api;
    const raw = r.rawApp ?? {};
    lines.push(
      `| ${r.case} | ${r.connections} | ${ratio(a.rps, raw.rps)} | ${ratio(a.rps, r.rawPlain?.rps)} | ` +
        // Writes are a hundredth of TPC-B or less: three decimals. create + submit is two calls.
        `${r.pgbench ? ratio(r.case.includes('submit') ? a.rps / 2 : a.rps, r.pgbench.rps, 3) : '-'} | ` +
        `${rate(a)} | ${fmt(a.p50)} | ${fmt(a.p95)} | ${fmt(a.p99)} | ${rate(r.rawApp)} | ${fmt(raw.p50)} | ` +
        `${fmt(raw.p95)} | ${fmt(raw.p99)} | ${rate(r.rawPlain)} | ${a.errors} | ${r.rss} |`,
    );
  }
  const pgbench = report.rows.filter((r) => r.pgbench);
  if (pgbench.length) {
    lines.push('', 'pgbench TPC-B (same run): ');
    for (const r of pgbench.filter(
      (x, i, all) => all.findIndex((y) => y.connections === x.connections) === i,
    )) {
      lines.push(
        `- ${r.connections} clients: ${rate(r.pgbench)} tps, ${r.pgbench.avgLatency} ms average`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
