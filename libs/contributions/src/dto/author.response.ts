import { ApiProperty } from '@nestjs/swagger';
import { STAKEHOLDER_TYPES, type StakeholderType } from '@convene/common';
import type { AuthorView } from '../contribution-views';

export class AuthorResponse implements AuthorView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ type: 'string', nullable: true })
  organisation: string | null;

  @ApiProperty({ enum: STAKEHOLDER_TYPES, enumName: 'StakeholderType' })
  stakeholderType: StakeholderType;
}
