import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@convene/common';

export class UserRolesResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles: Role[];
}
