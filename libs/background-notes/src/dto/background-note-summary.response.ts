import { ApiProperty } from '@nestjs/swagger';
import type { BackgroundNoteSummary } from '../background-note-reader';

export class BackgroundNoteSummaryResponse implements BackgroundNoteSummary {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  wordCount: number;

  @ApiProperty({ format: 'date-time' })
  generatedAt: string;
}
