import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { TEXT_LIMITS } from '@convene/common';

export class PostReplyDto {
  @ApiProperty({ minLength: 1, maxLength: TEXT_LIMITS.replyBody })
  @IsString()
  @Length(1, TEXT_LIMITS.replyBody)
  body: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The reply this one answers' })
  @IsOptional()
  @IsUUID()
  parentReplyId?: string;
}
