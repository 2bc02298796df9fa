import { ApiProperty } from '@nestjs/swagger';
import type { ObjectiveSource } from '@convene/synthesis';

// Listed against the type, so a new source does not compile until the spec names it.
const OBJECTIVE_SOURCES = Object.keys({
  declared: 0,
  explicit: 0,
  inferred: 0,
} satisfies Record<ObjectiveSource, 0>);

export class ContributionObjectiveResponse {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 23 })
  number: number;

  @ApiProperty({ type: 'number', minimum: 0, maximum: 1 })
  score: number;

  @ApiProperty({ enum: OBJECTIVE_SOURCES, enumName: 'ObjectiveSource' })
  source: ObjectiveSource;
}
