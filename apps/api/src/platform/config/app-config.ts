import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * Every setting the API reads, validated once at start-up. A bad or missing value stops the
 * process with a message naming the variable, instead of failing later on first use.
 */
const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL');

/**
 * Connections per API process when DATABASE_POOL_SIZE is unset: about four per core, 8 to 64.
 * A connection is busy only while its query runs or its transaction is open; beyond a few per
 * core the extra ones wait on the CPU (this process's and PostgreSQL's) and only add queueing
 * and memory. Measured on two cores (bench/README.md, "RSS"): a pool of 8 served the approvals
 * queue at 8 concurrent requests with 243 req/s and a 58 ms p99, against 180 req/s and 143 ms
 * with 20. The floor keeps a few slow requests (an export, a search) from taking the whole pool
 * on a small machine. Replicas x pool must stay below the server's max_connections
 * (docs/scaling.md); the ceiling keeps a big machine's default from claiming most of it.
 */
export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.min(64, Math.max(8, 4 * cores));
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Owner connection: runs migrations and owns every table. */
  DATABASE_URL: postgresUrl,
  /**
   * The API's own connection: a role that owns nothing and cannot bypass row-level security.
   * When unset it is derived from DATABASE_URL with the role below, which start-up provisions.
   */
  DATABASE_APP_URL: postgresUrl.optional(),
  DATABASE_APP_PASSWORD: z.string().min(12).default('trellis-app-local-only'),
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(() => defaultPoolSize()),
  MIGRATE_ON_START: booleanish.default(true),
  SEED_DEMO: booleanish.default(false),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  JWT_ISSUER: z.string().min(1).default('trellis'),
  JWT_AUDIENCE: z.string().min(1).default('trellis-api'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Run the cron jobs in this process (each still runs once per tenant across replicas). */
  SCHEDULER_ENABLED: booleanish.default(true),
  /**
   * Fire the cron jobs (SLA sweep, approval reminders and timeouts, request auto-close) every N
   * seconds instead of on their schedules: for benchmarks and demos that need many ticks in
   * minutes (bench/cluster.mjs). Unset in production.
   */
  SCHEDULER_TICK_SECONDS: z.coerce.number().int().min(1).max(3600).optional(),
  /** Fulfilled requests close themselves this many days after fulfilment. */
  REQUEST_AUTO_CLOSE_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  /** Where uploaded attachments are kept: outside any served folder, as <tenant>/<uuid>. */
  ATTACHMENT_DIR: z.string().min(1).default('./.data/attachments'),
  /** Largest attachment accepted (bytes); enforced while the upload streams. Default 10 MiB. */
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1024 ** 3)
    .default(10 * 1024 * 1024),
  /** Attachment storage per tenant (bytes). Default 1 GiB. */
  ATTACHMENT_TENANT_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .default(1024 ** 3),
  PORTAL_DIST: z.string().optional(),
  /** The portal's public address, for links in emails (e.g. https://trellis.example.com). */
  PORTAL_URL: z.string().url().optional(),
  /** Email notifications go out through this SMTP server; without SMTP_HOST email is off. */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
  SMTP_SECURE: booleanish.default(false),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).default('Trellis <trellis@localhost>'),
  TRUST_PROXY: booleanish.default(false),
});

export type AppConfig = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset, so `FOO= npm start` behaves like leaving FOO out.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

/** The API role's connection string: explicit, or DATABASE_URL with the app role's credentials. */
export function appDatabaseUrl(config: AppConfig): string {
  if (config.DATABASE_APP_URL) return config.DATABASE_APP_URL;
  const url = new URL(config.DATABASE_URL);
  url.username = APP_DB_ROLE;
  url.password = config.DATABASE_APP_PASSWORD;
  return url.toString();
}

/** The role named in migrations' GRANTs and RLS: owns nothing, NOBYPASSRLS. */
export const APP_DB_ROLE = 'trellis_app';

export const APP_CONFIG = Symbol('APP_CONFIG');
