import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { IsDistinct, type Role, ROLES } from '@convene/common';

export class SetRolesDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsDistinct()
  @IsIn(ROLES, { each: true })
  roles: Role[];
}
