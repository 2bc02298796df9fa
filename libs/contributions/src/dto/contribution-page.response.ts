import { ApiProperty } from '@nestjs/swagger';
import { ContributionViewResponse } from './contribution-view.response';

export class ContributionPageResponse {
  @ApiProperty({ type: () => [ContributionViewResponse] })
  items: ContributionViewResponse[];

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page',
  })
  nextCursor: string | null;
}
