// Child processes for tools/test.mjs and tools/start.mjs, with signal forwarding.
//
// Each child runs in its own process group (`detached`), so a Ctrl+C at the terminal reaches only
// our script, which then forwards exactly one signal to the child's whole group (nx plus the
// jest/tsc/vite processes it starts). Without that the child would get the terminal's signal and
// ours; NestJS, for one, drops its shutdown hooks on the first and dies abruptly on the second.
import { spawn } from 'node:child_process';

const running = new Set();
const useGroups = process.platform !== 'win32';

function signalChild(child, signal) {
  try {
    if (useGroups) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // Already gone.
  }
}

/** Starts `command` with inherited stdio; `exited` resolves to { code, signal }. */
export function spawnChild(command, args, { env = process.env } = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env, detached: useGroups });
  running.add(child);
  const exited = new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      running.delete(child);
      resolve({ code: 127, signal: null });
    });
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  return { child, exited };
}

/** Runs a command to completion; resolves to true when it exited 0. */
export async function run(command, args, options) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const { code } = await spawnChild(command, args, options).exited;
  return code === 0;
}

/**
 * Calls `onSignal(signal)` on the first SIGINT/SIGTERM/SIGHUP after forwarding it to every running
 * child; a second signal kills the children outright. The caller finishes its own cleanup and
 * sets the exit code.
 */
export function handleShutdownSignals(onSignal) {
  let received;
  let receivedAt = 0;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (received) {
        // The same Ctrl+C can arrive twice (from the terminal and forwarded by `npm run`).
        if (Date.now() - receivedAt < 1000) return;
        console.error(`\nReceived ${signal} again: killing child processes.`);
        for (const child of running) signalChild(child, 'SIGKILL');
        return;
      }
      received = signal;
      receivedAt = Date.now();
      console.error(`\nReceived ${signal}: stopping (press Ctrl+C again to force).`);
      for (const child of running) signalChild(child, signal);
      onSignal(signal);
    });
  }
  // If this script dies unexpectedly, do not leave detached children behind.
  process.on('exit', () => {
    for (const child of running) signalChild(child, 'SIGTERM');
  });
}

/** Conventional exit status for death by a signal (130 for SIGINT, 143 for SIGTERM). */
export function signalExitCode(signal) {
  return 128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal] ?? 0);
}
