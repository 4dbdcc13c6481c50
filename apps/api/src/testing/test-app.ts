import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createApp } from '../app.factory';
import type { AppConfig } from '../platform/config/app-config';
import { loadConfig } from '../platform/config/app-config';
import { DEMO_PASSWORD } from '../seed/demo-seed';

export const TEST_JWT_SECRET = 'integration-test-secret-integration-test-secret';

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const url = process.env.TRELLIS_TEST_DB_URL;
  if (!url) throw new Error('TRELLIS_TEST_DB_URL is not set: run through the api jest config');
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    DATABASE_APP_PASSWORD: 'trellis-app-test-only',
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    DATABASE_POOL_SIZE: '5',
    PORTAL_DIST: '/nonexistent',
    // Tests drive scheduled jobs explicitly, with the clock they need.
    SCHEDULER_ENABLED: 'false',
    ...overrides,
  });
}

export interface TestApp {
  app: NestFastifyApplication;
  request(options: InjectOptions & { token?: string }): Promise<LightMyRequestResponse>;
  login(
    email: string,
    tenant?: string,
    password?: string,
  ): Promise<{ accessToken: string; refreshToken: string }>;
  close(): Promise<void>;
}

/** The real application (guards, pipes, filters, database as the API role), driven in-process. */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const app = await createApp(testConfig(overrides));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const request: TestApp['request'] = ({ token, headers, ...options }) =>
    app.inject({
      ...options,
      headers: { ...(headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  return {
    app,
    request,
    async login(email, tenant = email.split('@')[1].split('.')[0], password = DEMO_PASSWORD) {
      const response = await request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { tenant, email, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`login ${email} failed: ${response.statusCode} ${response.body}`);
      return response.json();
    },
    close: () => app.close(),
  };
}

let counter = 0;
/** A unique email in a demo tenant's domain, for tests that create their own users. */
export function uniqueEmail(tenantDomain = 'acme.test'): string {
  counter += 1;
  return `user-${Date.now().toString(36)}-${process.pid}-${counter}@${tenantDomain}`;
}
