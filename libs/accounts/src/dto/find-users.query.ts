import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';

export class FindUsersQuery {
  @ApiPropertyOptional({
    maxLength: 254,
    description: 'The account with this email (any case); without it, the newest 200',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}
