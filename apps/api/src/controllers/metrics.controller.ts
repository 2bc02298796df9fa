import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../http/access.decorators';
import { ApiMetrics } from '../http/api-metrics';

/** For Prometheus, at /metrics (outside /api): serve it on a network only operators reach. */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: ApiMetrics) {}

  @Get()
  async scrape(@Res() res: Response): Promise<void> {
    res
      .type(this.metrics.registry.contentType)
      .setHeader('Cache-Control', 'no-store')
      .send(await this.metrics.registry.metrics());
  }
}
