import { ApiProperty } from '@nestjs/swagger';

/** A contribution after a moderator hid or restored it. */
export class ContributionVisibilityResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  hidden: boolean;
}
