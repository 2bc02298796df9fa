import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@convene/common';
import type { RegisteredUser } from '../register-user.command';

export class RegisteredUserResponse implements RegisteredUser {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles: Role[];
}
