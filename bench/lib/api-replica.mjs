/* global fetch -- Node 20 global */
// One API process of the cluster run (bench/cluster.mjs): the production build on its own port,
// against the shared database, scheduler on. Its JSON log goes to a file and is read as it is
// written: each job's debug line per tick ("Scheduled job ran", "Outbox dispatcher ran") and the
// jobs' info lines about the work they did are counted per life of the process (a restart after a
// kill is a new life), from the instant `countFrom` sets.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { apiNodeFlags } from '../../tools/api-node-flags.mjs';
import { API_MAIN } from './api-server.mjs';

const TICK_LINE = 'Scheduled job ran';
const OUTBOX_LINE = 'Outbox dispatcher ran';
const SLA_LINE = 'SLA warnings and breaches recorded';
const APPROVALS_LINE = 'Approval reminders and timeouts handled';
const WATCHED = [TICK_LINE, OUTBOX_LINE, SLA_LINE, APPROVALS_LINE];

function newLife(label) {
  return {
    label,
    ticks: {},
    /** Tenants a tick left alone because another process held that (job, tenant) lock. */
    skipped: 0,
    failed: 0,
    outboxPasses: 0,
    eventsDispatched: 0,
    slaRecorded: 0,
    approvalsHandled: 0,
  };
}

export class ApiReplica {
  constructor({ port, env, logFile }) {
    this.port = port;
    this.env = env;
    this.log = createWriteStream(logFile);
    this.lives = [];
    this.since = Infinity;
    this.child = null;
  }

  get base() {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive() {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  get life() {
    return this.lives[this.lives.length - 1];
  }

  /** Counts log lines stamped at or after `ms` (epoch), in every life. */
  countFrom(ms) {
    this.since = ms;
  }

  /** Starts the process and resolves once /api/health/ready answers 200. */
  async start(extraEnv = {}) {
    const label = `:${this.port}${this.lives.length ? ' (restarted)' : ''}`;
    const life = newLife(label);
    this.lives.push(life);
    const child = spawn(process.execPath, [...apiNodeFlags(), API_MAIN], {
      env: { ...process.env, ...this.env, ...extraEnv, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.on('exit', resolve));
    let stderr = '';
    let pending = '';
    child.stdout.on('data', (chunk) => {
      this.log.write(chunk);
      const lines = (pending + chunk).split('\n');
      pending = lines.pop();
      for (const line of lines) this.count(life, line);
    });
    child.stderr.on('data', (chunk) => {
      this.log.write(chunk);
      stderr += chunk;
    });
    for (let i = 0; ; i += 1) {
      if (!this.alive) throw new Error(`API ${label} exited while starting:\n${stderr}`);
      const ready = await fetch(`${this.base}/api/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) return;
      if (i === 360) throw new Error(`API ${label} was not ready after 3 minutes:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  count(life, line) {
    if (!WATCHED.some((msg) => line.includes(msg))) return;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      return;
    }
    if (entry.time < this.since) return;
    switch (entry.msg) {
      case TICK_LINE:
        life.ticks[entry.job] = (life.ticks[entry.job] ?? 0) + 1;
        life.skipped += entry.skipped;
        life.failed += entry.failed;
        break;
      case OUTBOX_LINE:
        life.outboxPasses += 1;
        life.eventsDispatched += entry.events;
        break;
      case SLA_LINE:
        life.slaRecorded += entry.breached + entry.warned;
        break;
      case APPROVALS_LINE:
        life.approvalsHandled += entry.reminded + entry.approved + entry.rejected + entry.escalated;
        break;
      default:
        break;
    }
  }

  /** The crash under test: no shutdown hooks, open transactions and connections just vanish. */
  async kill() {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  async stop() {
    if (this.alive) {
      this.child.kill('SIGTERM');
      await this.exited;
    }
    if (!this.log.writableEnded) await new Promise((resolve) => this.log.end(resolve));
  }
}
