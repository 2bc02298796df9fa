import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@convene/common';
import type { UserSummary } from '../user-reader';

export class UserSummaryResponse implements UserSummary {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles: Role[];
}
