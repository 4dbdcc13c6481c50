import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './platform/config/app-config';
import type { AppConfig } from './platform/config/app-config';
import { createDataSource } from './platform/database/data-source';
import { migrate } from './platform/database/migrate';
import { seedDemoRequests } from './seed/demo-requests';
import { DEMO_PASSWORD, DEMO_TENANTS, DEMO_USERS, seedDemo } from './seed/demo-seed';

async function prepareDatabase(config: AppConfig): Promise<void> {
  if (config.MIGRATE_ON_START) {
    const applied = await migrate({
      ownerUrl: config.DATABASE_URL,
      appRolePassword: config.DATABASE_APP_URL ? undefined : config.DATABASE_APP_PASSWORD,
    });
    if (applied.length) process.stdout.write(`Applied migrations: ${applied.join(', ')}\n`);
  }
  if (config.SEED_DEMO) {
    const owner = createDataSource(config.DATABASE_URL, 2);
    await owner.initialize();
    try {
      await seedDemo(owner);
    } finally {
      await owner.destroy();
    }
  }
}

function printWelcome(config: AppConfig, url: string): void {
  const lines = [
    '',
    `Trellis is running at ${url}`,
    `  portal      ${url}/`,
    `  API         ${url}/api/v1`,
    `  API docs    ${url}/api/docs`,
  ];
  if (config.SEED_DEMO) {
    lines.push('', `Demo sign-ins (password ${DEMO_PASSWORD}):`);
    for (const tenant of DEMO_TENANTS) {
      lines.push(
        `  tenant ${tenant.slug}: ${DEMO_USERS.map((u) => `${u.local}@${tenant.domain}`).join(', ')}`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  await prepareDatabase(config);
  const app = await createApp(config);
  // Demo requests go through the real services, so they need the application, not just SQL.
  if (config.SEED_DEMO) await seedDemoRequests(app);
  await app.listen({ port: config.PORT, host: config.HOST });
  app.flushLogs(); // start-up log lines first, so the welcome is the last thing printed
  const shownHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  printWelcome(config, `http://${shownHost}:${config.PORT}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Trellis failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
