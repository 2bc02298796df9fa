import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { TEXT_LIMITS } from '@convene/common';

export class PostReplyDto {
  @IsString()
  @Length(1, TEXT_LIMITS.replyBody)
  body: string;

  @IsOptional()
  @IsUUID()
  parentReplyId?: string;
}
