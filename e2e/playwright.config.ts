import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';

// The tests drive the built API, which also serves the built portal: what users get, not a dev
// server. Build both first: `npx nx run-many -t build --projects=api,portal`.
const workspaceRoot = path.resolve(__dirname, '..');
const apiMain = 'dist/apps/api/apps/api/src/main.js';
const portalDist = 'dist/apps/portal';
const port = Number(process.env.E2E_PORT ?? 4310);
const baseURL = `http://127.0.0.1:${port}`;

function requiredDatabaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) {
    throw new Error(
      [
        'E2E_DATABASE_URL is not set.',
        'The end-to-end tests need a fresh PostgreSQL database they own (the API migrates and seeds it).',
        'Run them with `node tools/test.mjs e2e`, which creates and drops one, or create one yourself:',
        '  psql -h 127.0.0.1 -U postgres -c "create database trellis_e2e"',
        '  E2E_DATABASE_URL=postgres://postgres@127.0.0.1:5432/trellis_e2e npx playwright test -c e2e/playwright.config.ts',
      ].join('\n'),
    );
  }
  return url;
}

function requireBuild(): void {
  const missing = [apiMain, `${portalDist}/index.html`].filter(
    (file) => !existsSync(path.join(workspaceRoot, file)),
  );
  if (missing.length > 0) {
    throw new Error(
      `Missing ${missing.join(' and ')}: build first with \`npx nx run-many -t build --projects=api,portal\`.`,
    );
  }
}

/** Debian's chromium where it exists (Playwright cannot download browsers everywhere), else Playwright's own. */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const databaseUrl = requiredDatabaseUrl();
requireBuild();

export default defineConfig({
  testDir: './src',
  // Conventional names: the workspace's .gitignore, .prettierignore and ESLint ignores cover them.
  outputDir: './test-results',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // Flakes are bugs to fix, not to retry away.
  retries: 0,
  // Two cores on the project's machines: the API and one browser per worker share them.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: './playwright-report', open: 'never' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'chromium', testMatch: /.*\.spec\.ts/, dependencies: ['setup'] },
  ],
  webServer: {
    command: `node ${apiMain}`,
    cwd: workspaceRoot,
    url: `${baseURL}/api/health/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      // A fixed secret: these tokens never leave the test run.
      JWT_SECRET: 'e2e-only-jwt-secret-not-for-real-use-0123456789',
      MIGRATE_ON_START: 'true',
      SEED_DEMO: 'true',
      PORTAL_DIST: portalDist,
      // Every test signs in; the production default (30 a minute) would throttle the suite.
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    },
  },
});
