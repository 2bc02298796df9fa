import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { IsDistinct, type Role, ROLES } from '@convene/common';

export class SetRolesDto {
  @ApiProperty({
    enum: ROLES,
    enumName: 'Role',
    isArray: true,
    minItems: 1,
    maxItems: ROLES.length,
    uniqueItems: true,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsDistinct()
  @IsIn(ROLES, { each: true })
  roles: Role[];
}
