import { createServer, type Server } from 'node:http';
import type { OnApplicationBootstrap, OnApplicationShutdown, Provider, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppConfig } from '@convene/config';
import type { JobRouter } from './job-router';

/** Whether every processor takes jobs, as the health endpoint reports it. */
export function workerHealth(routers: readonly Pick<JobRouter, 'queue' | 'running'>[]): {
  status: 'ok' | 'down';
  stopped: string[];
} {
  const stopped = routers.filter((r) => !r.running()).map((r) => r.queue);
  return { status: stopped.length === 0 ? 'ok' : 'down', stopped };
}

/**
 * The worker's liveness for a container healthcheck, on loopback only: the worker has no other
 * HTTP surface, and a process whose processors stopped should be restarted.
 */
export class WorkerHealthServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: Server;

  constructor(
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
    private readonly routers: readonly Type<JobRouter>[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.WORKER_HEALTH_PORT === 0) return;
    const routers = this.routers.map((r) => this.moduleRef.get<JobRouter>(r));
    this.server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url !== '/health/live') {
        res.writeHead(404).end();
        return;
      }
      const health = workerHealth(routers);
      res
        .writeHead(health.status === 'ok' ? 200 : 503, { 'Content-Type': 'application/json' })
        .end(JSON.stringify(health));
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject).listen(this.config.WORKER_HEALTH_PORT, '127.0.0.1', () =>
        resolve(),
      );
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }
}

export function workerHealthProvider(routers: readonly Type<JobRouter>[]): Provider {
  return {
    provide: WorkerHealthServer,
    inject: [AppConfig, ModuleRef],
    useFactory: (config: AppConfig, moduleRef: ModuleRef) =>
      new WorkerHealthServer(config, moduleRef, routers),
  };
}
