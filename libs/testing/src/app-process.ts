import { spawn, type ChildProcess } from 'node:child_process';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { AppConfig } from '@convene/config';
import { openQueues } from './open-queues';
import { inheritedEnv } from './test-config';

const ROOT = resolve(__dirname, '../../..');
const REGISTER = resolve(__dirname, 'child-process/register.js');
const TAIL_CHARS = 8_000;
const READY_TIMEOUT_MS = 30_000;
const POLL_MS = 100;

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** How to tell that a process is ready: a check polled while it runs. */
interface Readiness {
  what: string;
  check: () => Promise<boolean>;
  /** Releases what the check used, once it passed or gave up. */
  dispose?: () => Promise<void>;
}

/** Every child started here and not yet gone: what stopAppProcesses() kills. */
const running = new Set<AppProcess>();

/** A last resort if a suite forgot stopAppProcesses(): a synchronous kill as the runner exits. */
const killRunning = () => {
  for (const child of running) child.killNow();
};

function track(child: AppProcess): void {
  if (running.size === 0) process.on('exit', killRunning);
  running.add(child);
}

function untrack(child: AppProcess): void {
  running.delete(child);
  if (running.size === 0) process.off('exit', killRunning);
}

/**
 * The API or the worker as a real OS process of its own, running the TypeScript sources, so
 * a test can SIGKILL it. Its output is kept (the last few KB) for failure messages.
 */
export class AppProcess {
  readonly pid: number;
  /** Resolves once the process exits, however it ends. */
  readonly exited: Promise<ProcessExit>;
  /**
   * Resolves once the process serves (API) or consumes every queue (worker); rejects, with
   * the process's output, if it exits first or takes longer than 30 s.
   */
  readonly ready: Promise<void>;
  private tail = '';
  private exit?: ProcessExit;

  constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    readiness: (pid: number) => Readiness,
  ) {
    if (child.pid === undefined) throw new Error(`${name} did not start`);
    this.pid = child.pid;
    track(this);
    const keep = (chunk: Buffer) => {
      this.tail = (this.tail + chunk.toString()).slice(-TAIL_CHARS);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((done) => {
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        untrack(this);
        done(this.exit);
      });
    });
    this.ready = this.whenReady(readiness(this.pid));
    // A test that never awaits `ready` must not fail the run with an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  /** The last few KB of what it wrote on stdout and stderr. */
  get output(): string {
    return this.tail;
  }

  get isRunning(): boolean {
    return this.exit === undefined;
  }

  /** Sends the signal (SIGKILL unless told) and waits until the process is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<ProcessExit> {
    if (this.isRunning) this.child.kill(signal);
    return this.exited;
  }

  /** SIGKILL without waiting, for the runner's exit hook. */
  killNow(): void {
    if (this.isRunning) this.child.kill('SIGKILL');
  }

  private async whenReady({ what, check, dispose }: Readiness): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    const failure = (reason: string) =>
      new Error(`${this.name} (pid ${this.pid}) ${reason} before ${what}:\n${this.tail}`);
    try {
      while (this.isRunning) {
        if (await check().catch(() => false)) return;
        if (Date.now() > deadline) throw failure(`took over ${READY_TIMEOUT_MS} ms`);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      // Let the last of its output arrive before quoting it.
      const exit = await this.exited;
      throw failure(`exited (${exit.signal ?? `code ${exit.code}`})`);
    } finally {
      await dispose?.();
    }
  }
}

export class ApiProcess extends AppProcess {
  constructor(
    child: ChildProcess,
    readonly port: number,
  ) {
    super('api', child, () => ({
      what: 'GET /api/health answered 200',
      check: async () => {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`, {
          signal: AbortSignal.timeout(2000),
        });
        return res.status === 200;
      },
    }));
  }

  /** Base URL, for supertest (`new ApiClient(api.url)`) or fetch. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
}

/** The environment a process started with this configuration would have read. */
export function envOf(config: AppConfig): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    if (value !== undefined && value !== null) env[key] = String(value);
  }
  return env;
}

function spawnApp(main: string, config: AppConfig, extraEnv: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--enable-source-maps', '-r', REGISTER, resolve(ROOT, main)], {
    cwd: ROOT,
    env: {
      ...inheritedEnv(),
      ...envOf(config),
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'text',
      ...extraEnv,
    },
    // The IPC channel lets the child notice when the test runner dies (see register.js).
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
}

/**
 * The worker (apps/worker/src/main.ts) in a process of its own, with the suite's
 * configuration (database, Redis, queue prefix...) and `extraEnv` on top. Ready once a
 * worker of it consumes every queue: its workers name themselves "<host>-<pid>" in Redis.
 */
export function spawnWorker(config: AppConfig, extraEnv: Record<string, string> = {}): AppProcess {
  const child = spawnApp('apps/worker/src/main.ts', config, extraEnv);
  return new AppProcess('worker', child, (pid) => {
    const clientSuffix = `:w:${hostname()}-${pid}`;
    const { queues, close } = openQueues(config);
    return {
      what: 'it had a worker on every queue',
      check: async () => {
        for (const queue of queues) {
          const workers = await queue.getWorkers();
          if (!workers.some((w) => String(w.rawname).endsWith(clientSuffix))) return false;
        }
        return true;
      },
      dispose: close,
    };
  });
}

/** The API (apps/api/src/main.ts) in a process of its own, listening on the port given. */
export function spawnApi(
  config: AppConfig,
  port: number,
  extraEnv: Record<string, string> = {},
): ApiProcess {
  const child = spawnApp('apps/api/src/main.ts', config, { ...extraEnv, PORT: String(port) });
  return new ApiProcess(child, port);
}

/** SIGKILLs every child process still running and waits until they are gone: for afterAll. */
export async function stopAppProcesses(): Promise<void> {
  await Promise.all([...running].map((child) => child.kill('SIGKILL')));
}
