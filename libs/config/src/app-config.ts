import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  validateSync,
} from 'class-validator';

const DEV_JWT_SECRET = 'convene-development-secret-not-for-production';

/** Seed nodes are where a client starts: it learns the rest of the cluster from any one of them. */
const MAX_CLUSTER_SEEDS = 16;
const CLUSTER_SEED = /^\s*([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?):(\d{1,5})\s*$/;

export interface ClusterSeed {
  host: string;
  port: number;
}

/** `host:port,host:port...` (host names or IPv4) as seeds; null when one is not, or too many. */
function parseClusterSeeds(value: string): ClusterSeed[] | null {
  const parts = value.split(',');
  if (parts.length > MAX_CLUSTER_SEEDS) return null;
  const seeds: ClusterSeed[] = [];
  for (const part of parts) {
    const match = CLUSTER_SEED.exec(part);
    const port = Number(match?.[2]);
    if (!match || port < 1 || port > 65535) return null;
    seeds.push({ host: match[1], port });
  }
  return seeds;
}

/**
 * Every setting the processes read, validated once at start. Nothing else reads process.env:
 * modules receive this object through Nest's container.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/convene';

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { message: 'QUEUE_PREFIX may hold letters, digits, _ . -' })
  QUEUE_PREFIX = 'convene';

  /**
   * Seed nodes of a Redis Cluster (`host:port`, comma-separated). When set, the queues and the
   * API's own Redis uses go to the cluster instead of REDIS_URL.
   */
  @IsOptional()
  @ValidateBy({
    name: 'isClusterSeeds',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parseClusterSeeds(value) !== null,
      defaultMessage: () =>
        `REDIS_CLUSTER_NODES must be 1 to ${MAX_CLUSTER_SEEDS} host:port pairs, comma-separated`,
    },
  })
  REDIS_CLUSTER_NODES?: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production' || c.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS = 3600;

  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  @IsIn(['on', 'off'])
  RATE_LIMIT: 'on' | 'off' = 'on';

  /** Connections each process keeps to PostgreSQL at most: replicas × this ≤ max_connections. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(1000)
  DB_POOL_MAX = 20;

  /**
   * Which proxies in front of the API to believe about the client's address (rate limits key
   * on it): `off` (default: the connecting address), a number of hops, or a comma-separated
   * list of addresses or CIDR ranges (`loopback`, `uniquelocal` and `linklocal` allowed).
   */
  @Matches(
    /^(off|\d{1,2}|((loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?))*))$/,
    { message: 'TRUST_PROXY must be off, a hop count, or a list of addresses or CIDR ranges' },
  )
  TRUST_PROXY = 'off';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  @IsIn(['json', 'text'])
  LOG_FORMAT: 'json' | 'text' = 'json';

  /** How often the outbox relay looks for new events when the last batch was not full. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(50)
  OUTBOX_POLL_MS = 1000;

  /**
   * How long a worker's lock on a running job lasts; it renews it every half of this. A job
   * whose worker died goes back to the queue once its lock has expired.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1000)
  JOB_LOCK_MS = 30_000;

  /**
   * A worker answers GET /health/live on this loopback port (for a container healthcheck):
   * 200 while every queue's processor takes jobs, else 503. 0 (default) serves nothing.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 0;

  /**
   * The queues this worker takes jobs from, comma-separated (`synthesis,drafting` for a worker
   * kept for drafting); `all` (default) takes every queue. The worker checks the names at start.
   */
  @Matches(/^(?:all|[a-z][a-z-]{0,39}(?:,[a-z][a-z-]{0,39}){0,19})$/, {
    message: 'WORKER_QUEUES must be all or a comma-separated list of queue names',
  })
  WORKER_QUEUES = 'all';

  /** How often each worker looks for jobs whose lock expired (stalled) and re-queues them. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  STALLED_CHECK_MS = 30_000;

  /**
   * `apertium`: Spanish quotes in notes also carry a machine gloss from Apertium's direct
   * Spanish-to-English pair (Debian's apertium-eng-spa), checked at start. No pivot through a
   * third language, so French quotes get none.
   */
  @IsIn(['off', 'apertium'])
  MACHINE_GLOSS: 'off' | 'apertium' = 'off';

  /** The OpenAPI page and spec at /api/docs: on by default, off by default in production. */
  @IsOptional()
  @IsIn(['on', 'off'])
  API_DOCS?: 'on' | 'off';

  /** The BullMQ dashboard for admins at /admin/queues. */
  @IsIn(['on', 'off'])
  QUEUE_DASHBOARD: 'on' | 'off' = 'on';

  /** WORKER_QUEUES as a list; undefined for every queue. */
  get workerQueues(): string[] | undefined {
    return this.WORKER_QUEUES === 'all' ? undefined : this.WORKER_QUEUES.split(',');
  }

  get apiDocs(): boolean {
    return (this.API_DOCS ?? (this.NODE_ENV === 'production' ? 'off' : 'on')) === 'on';
  }

  get queueDashboard(): boolean {
    return this.QUEUE_DASHBOARD === 'on';
  }

  /** TRUST_PROXY as Express's `trust proxy` setting takes it. */
  get trustProxy(): false | number | string {
    if (this.TRUST_PROXY === 'off') return false;
    return /^\d+$/.test(this.TRUST_PROXY) ? Number(this.TRUST_PROXY) : this.TRUST_PROXY;
  }

  /** REDIS_CLUSTER_NODES as ioredis takes them; undefined on a single Redis. */
  get redisClusterNodes(): ClusterSeed[] | undefined {
    return this.REDIS_CLUSTER_NODES ? parseClusterSeeds(this.REDIS_CLUSTER_NODES)! : undefined;
  }

  get jwtSecret(): string {
    return this.JWT_SECRET ?? DEV_JWT_SECRET;
  }

  get databaseName(): string {
    return new URL(this.DATABASE_URL).pathname.replace(/^\//, '');
  }
}

export class ConfigError extends Error {}

/** Every variable the configuration reads. */
export const CONFIG_KEYS = Object.keys(new AppConfig()).concat(
  'JWT_SECRET',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'API_DOCS',
  'REDIS_CLUSTER_NODES',
);

/**
 * Builds the configuration from an environment (process.env unless given), rejecting
 * the whole start with one line naming every bad variable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of CONFIG_KEYS) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const reasons = errors.flatMap((e) => Object.values(e.constraints ?? {}));
    throw new ConfigError(`invalid configuration: ${reasons.join('; ')}`);
  }
  return config;
}
