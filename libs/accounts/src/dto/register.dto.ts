import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { STAKEHOLDER_TYPES, TEXT_LIMITS, type StakeholderType } from '@convene/common';

export class RegisterDto {
  @IsEmail()
  @MaxLength(254)
  email: string;

  /** At least 12 characters. */
  @IsString()
  @Length(12, 200)
  password: string;

  @IsString()
  @Length(1, TEXT_LIMITS.displayName)
  displayName: string;

  @IsOptional()
  @IsString()
  @Length(1, TEXT_LIMITS.organisation)
  organisation?: string;

  @IsIn(STAKEHOLDER_TYPES)
  stakeholderType: StakeholderType;
}
