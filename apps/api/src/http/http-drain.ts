import {
  BeforeApplicationShutdown,
  Injectable,
  NestMiddleware,
  OnApplicationShutdown,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';

const IDLE_SWEEP_MS = 50;

/**
 * Graceful shutdown of the HTTP side. Requests being worked on finish and are answered; their
 * responses say `Connection: close`, so no client sends another request on that socket; and
 * sockets left idle are closed as soon as they are, so the server's close does not wait for
 * keep-alive timeouts. (Nest's forceCloseConnections would instead destroy every socket,
 * cutting off requests already stored but not yet answered.)
 */
@Injectable()
export class HttpDrain implements NestMiddleware, BeforeApplicationShutdown, OnApplicationShutdown {
  private draining = false;
  private sweep?: NodeJS.Timeout;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  use(_req: Request, res: Response, next: NextFunction): void {
    const writeHead = res.writeHead.bind(res);
    // Decided when the answer is written, not when the request came in.
    res.writeHead = ((...args: Parameters<Response['writeHead']>) => {
      if (this.draining) res.setHeader('Connection', 'close');
      return writeHead(...args);
    }) as Response['writeHead'];
    next();
  }

  beforeApplicationShutdown(): void {
    this.draining = true;
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    this.sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweep);
  }
}
