import { ApiProperty } from '@nestjs/swagger';

const UP_DOWN = ['up', 'down'];

/** Readiness: sent with 200 while PostgreSQL answers, with 503 when it does not. */
export class HealthResponse {
  @ApiProperty({
    enum: ['ok', 'degraded', 'unavailable'],
    description:
      '`degraded`: Redis is away, work waits in the outbox; `unavailable`: PostgreSQL is',
  })
  status: 'ok' | 'degraded' | 'unavailable';

  @ApiProperty({ enum: UP_DOWN })
  postgres: 'up' | 'down';

  @ApiProperty({ enum: UP_DOWN })
  redis: 'up' | 'down';
}
