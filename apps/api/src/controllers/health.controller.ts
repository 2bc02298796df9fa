import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ApiRedis } from '../http/api-redis';
import { Public } from '../http/access.decorators';
import { HealthResponse } from '../http/health.response';
import { LivenessResponse } from '../http/liveness.response';

const TIMEOUT_MS = 1500;

function within<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref(),
    ),
  ]);
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: ApiRedis,
  ) {}

  /** Liveness: the process answers. Nothing it depends on is checked, so a restart never helps. */
  @Get('live')
  @ApiOkResponse({ type: LivenessResponse })
  live() {
    return { status: 'ok' };
  }

  /**
   * Readiness: ready while PostgreSQL answers. Redis away only degrades the service, since
   * contributions and replies wait in the outbox meanwhile; a load balancer keeps sending them.
   */
  @Get()
  @ApiOkResponse({ type: HealthResponse, description: 'PostgreSQL answers' })
  @ApiServiceUnavailableResponse({
    type: HealthResponse,
    description: 'PostgreSQL does not answer',
  })
  async check(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis] = await Promise.all([
      within(this.dataSource.query('SELECT 1')).then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      within(this.redis.client.ping()).then(
        () => 'up' as const,
        () => 'down' as const,
      ),
    ]);
    const ready = postgres === 'up';
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    const status = !ready ? 'unavailable' : redis === 'up' ? 'ok' : 'degraded';
    return { status, postgres, redis };
  }
}
