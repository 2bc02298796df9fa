import { ApiProperty } from '@nestjs/swagger';
import type { ReplyView } from '../contribution-views';
import { AuthorResponse } from './author.response';

export class ReplyViewResponse implements ReplyView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  parentReplyId: string | null;

  @ApiProperty({ type: () => AuthorResponse })
  author: AuthorResponse;

  @ApiProperty()
  body: string;

  @ApiProperty()
  isModeratorReply: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}
