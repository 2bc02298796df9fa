import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './redis-server';
import { eventually } from './wait-for';

const run = promisify(execFile);
const HOST = '127.0.0.1';

async function redisCli(port: number, ...args: string[]): Promise<string> {
  const { stdout } = await run('redis-cli', ['-h', HOST, '-p', String(port), ...args], {
    timeout: 20_000,
  });
  return stdout;
}

/** Distinct free ports: each node needs one for clients and one for the cluster bus. */
async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/**
 * A Redis Cluster of the test's own: masters without replicas on loopback ports, their node
 * files in a temporary folder. `stop` kills them and removes the folder, also after a failed
 * start; a runner that exits without it still kills them.
 */
export class RedisCluster {
  readonly ports: number[] = [];
  private readonly servers: ChildProcess[] = [];
  private readonly killOnExit = () => this.servers.forEach((server) => server.kill('SIGKILL'));

  private constructor(private readonly dir: string) {
    process.once('exit', this.killOnExit);
  }

  static async start(masters = 3): Promise<RedisCluster> {
    const cluster = new RedisCluster(await mkdtemp(join(tmpdir(), 'convene-redis-cluster-')));
    try {
      await cluster.create(masters);
      return cluster;
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }

  /** REDIS_CLUSTER_NODES for the apps. */
  get nodes(): string {
    return this.ports.map((port) => `${HOST}:${port}`).join(',');
  }

  async stop(): Promise<void> {
    process.off('exit', this.killOnExit);
    await Promise.all(
      this.servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            if (server.exitCode !== null || server.signalCode !== null) return resolve();
            server.once('exit', () => resolve());
            server.kill('SIGKILL');
          }),
      ),
    );
    await rm(this.dir, { recursive: true, force: true });
  }

  private async create(masters: number): Promise<void> {
    const ports = await freePorts(masters * 2);
    this.ports.push(...ports.slice(0, masters));
    for (const [i, port] of this.ports.entries()) {
      this.servers.push(
        spawn(
          'redis-server',
          [
            ...['--port', String(port), '--bind', HOST, '--dir', this.dir],
            ...['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`],
            // Its own bus port: a free port + 10000 may lie past 65535.
            ...['--cluster-port', String(ports[masters + i])],
            ...['--save', '', '--appendonly', 'no', '--daemonize', 'no'],
          ],
          { stdio: 'ignore' },
        ),
      );
    }
    for (const port of this.ports) {
      await eventually(async () => (await redisCli(port, 'ping')).trim() === 'PONG', {
        what: `redis-server on port ${port}`,
      });
    }
    await redisCli(
      this.ports[0],
      '--cluster',
      'create',
      ...this.ports.map((port) => `${HOST}:${port}`),
      '--cluster-replicas',
      '0',
      '--cluster-yes',
    ).catch((error: Error & { stdout?: string }) => {
      throw new Error(`redis-cli --cluster create failed: ${error.message}\n${error.stdout ?? ''}`);
    });
    // Every node must know every slot's owner before clients are sent to any of them.
    for (const port of this.ports) {
      await eventually(
        async () => (await redisCli(port, 'cluster', 'info')).includes('cluster_state:ok'),
        { timeoutMs: 15_000, intervalMs: 100, what: `cluster_state:ok on port ${port}` },
      );
    }
  }
}
