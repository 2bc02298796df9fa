import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { STAKEHOLDER_TYPES, TEXT_LIMITS, type StakeholderType } from '@convene/common';

export class RegisterDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 12, maxLength: 200 })
  @IsString()
  @Length(12, 200)
  password: string;

  @ApiProperty({ minLength: 1, maxLength: TEXT_LIMITS.displayName })
  @IsString()
  @Length(1, TEXT_LIMITS.displayName)
  displayName: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: TEXT_LIMITS.organisation })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_LIMITS.organisation)
  organisation?: string;

  @ApiProperty({ enum: STAKEHOLDER_TYPES, enumName: 'StakeholderType' })
  @IsIn(STAKEHOLDER_TYPES)
  stakeholderType: StakeholderType;
}
