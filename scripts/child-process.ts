import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = resolve(__dirname, '..');
const TAIL_LINES = 30;

/** A node process the demo or a benchmark starts: its lines reported, its last ones kept. */
export class Child {
  readonly exited: Promise<string>;
  private readonly proc: ChildProcess;
  private readonly tail: string[] = [];
  private running = true;

  constructor(
    readonly name: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    report: (line: string, stream: 'stdout' | 'stderr') => void,
  ) {
    this.proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'pipe' });
    this.proc.stdin?.end();
    for (const stream of ['stdout', 'stderr'] as const) {
      createInterface({ input: this.proc[stream]! }).on('line', (line) => {
        if (this.tail.push(line) > TAIL_LINES) this.tail.shift();
        report(line, stream);
      });
    }
    this.exited = new Promise((done) =>
      this.proc.once('exit', (code, signal) => {
        this.running = false;
        done(signal ?? `exit code ${code}`);
      }),
    );
  }

  get alive(): boolean {
    return this.running;
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  lastLines(): string {
    return this.tail.length ? this.tail.join('\n') : '(no output)';
  }

  /** SIGTERM, then SIGKILL if it is still there after 30 s. */
  async stop(): Promise<string> {
    if (!this.running) return this.exited;
    this.proc.kill('SIGTERM');
    const outcome = await Promise.race([this.exited, sleep(30_000, 'timeout')]);
    if (outcome !== 'timeout') return outcome;
    this.proc.kill('SIGKILL');
    return `killed after 30 s (${await this.exited})`;
  }
}

export function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => done(port));
      });
  });
}
