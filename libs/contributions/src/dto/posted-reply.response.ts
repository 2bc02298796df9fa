import { ApiProperty } from '@nestjs/swagger';

export class PostedReplyResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Posted by a moderator of the round' })
  isModeratorReply: boolean;
}
