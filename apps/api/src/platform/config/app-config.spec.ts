import { ConfigError, appDatabaseUrl, defaultPoolSize, loadConfig } from './app-config';

const valid = { DATABASE_URL: 'postgres://owner:pw@db:5432/trellis', JWT_SECRET: 'x'.repeat(32) };

describe('configuration', () => {
  it('applies defaults to a minimal valid environment', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      PORT: 3000,
      ACCESS_TOKEN_TTL_SECONDS: 900,
      LOGIN_MAX_FAILURES: 5,
      LOGIN_LOCKOUT_MINUTES: 15,
      MIGRATE_ON_START: true,
    });
  });

  it('names every missing or bad variable in one error', () => {
    try {
      loadConfig({ PORT: 'eighty', JWT_SECRET: 'short', DATABASE_URL: 'mysql://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/JWT_SECRET: must be at least 32 characters/);
      expect(message).toMatch(/DATABASE_URL/);
    }
  });

  it('sizes the connection pool at four per core, between 8 and 64', () => {
    expect(defaultPoolSize(1)).toBe(8);
    expect(defaultPoolSize(2)).toBe(8);
    expect(defaultPoolSize(6)).toBe(24);
    expect(defaultPoolSize(32)).toBe(64);
    expect(loadConfig(valid).DATABASE_POOL_SIZE).toBe(defaultPoolSize());
    expect(loadConfig({ ...valid, DATABASE_POOL_SIZE: '5' }).DATABASE_POOL_SIZE).toBe(5);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ ...valid, PORT: '' }).PORT).toBe(3000);
  });

  it('parses booleans strictly', () => {
    expect(loadConfig({ ...valid, SEED_DEMO: 'true' }).SEED_DEMO).toBe(true);
    expect(loadConfig({ ...valid, SEED_DEMO: '0' }).SEED_DEMO).toBe(false);
    expect(() => loadConfig({ ...valid, SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
  });

  it('keeps the production schedules unless SCHEDULER_TICK_SECONDS is a whole number of seconds', () => {
    expect(loadConfig(valid).SCHEDULER_TICK_SECONDS).toBeUndefined();
    expect(loadConfig({ ...valid, SCHEDULER_TICK_SECONDS: '' }).SCHEDULER_TICK_SECONDS).toBe(
      undefined,
    );
    expect(loadConfig({ ...valid, SCHEDULER_TICK_SECONDS: '1' }).SCHEDULER_TICK_SECONDS).toBe(1);
    for (const bad of ['0', '1.5', 'soon', '3601']) {
      expect(() => loadConfig({ ...valid, SCHEDULER_TICK_SECONDS: bad })).toThrow(
        /SCHEDULER_TICK_SECONDS/,
      );
    }
  });

  it('derives the API role connection from the owner URL', () => {
    const url = new URL(
      appDatabaseUrl(loadConfig({ ...valid, DATABASE_APP_PASSWORD: 'app-password-123' })),
    );
    expect(url.username).toBe('trellis_app');
    expect(url.password).toBe('app-password-123');
    expect(url.host).toBe('db:5432');
    expect(url.pathname).toBe('/trellis');
  });
});
