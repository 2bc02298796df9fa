import { IsEmail, IsOptional, MaxLength } from 'class-validator';

export class FindUsersQuery {
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}
