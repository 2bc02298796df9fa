import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_KINDS, type ClaimKind } from '@convene/synthesis';
import type { AnalysedClaim, ContributionDetail } from '../contribution-views';
import { ContributionViewResponse } from './contribution-view.response';
import { ObjectiveCorrectionResponse } from './objective-correction.response';
import { ReplyViewResponse } from './reply-view.response';
import { StoredClaimCorrectionResponse } from './stored-claim-correction.response';

class TextSpanResponse {
  @ApiProperty({ type: 'integer', minimum: 0 })
  start: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  end: number;
}

class AnalysedClaimResponse implements AnalysedClaim {
  @ApiProperty({ type: 'integer', minimum: 0 })
  start: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  end: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 23, nullable: true })
  objective: number | null;

  @ApiProperty({ enum: CLAIM_KINDS, enumName: 'ClaimKind' })
  kind: ClaimKind;
}

class ModerationLogEntryResponse {
  @ApiProperty({ enum: ['hide', 'restore'] })
  action: 'hide' | 'restore';

  @ApiProperty({ type: 'string', nullable: true })
  reason: string | null;

  @ApiProperty({ format: 'uuid' })
  moderatorId: string;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

export class ContributionDetailResponse
  extends ContributionViewResponse
  implements ContributionDetail
{
  @ApiProperty({
    type: () => [TextSpanResponse],
    description: 'The analysis’s sentences as offsets into the body; empty until analysed',
  })
  sentences: TextSpanResponse[];

  @ApiProperty({ type: () => [ReplyViewResponse] })
  replies: ReplyViewResponse[];

  @ApiProperty({ type: () => ObjectiveCorrectionResponse, nullable: true })
  objectiveCorrection: ObjectiveCorrectionResponse | null;

  @ApiPropertyOptional({
    type: () => [StoredClaimCorrectionResponse],
    description: 'For the round’s moderators only',
  })
  claimCorrections?: StoredClaimCorrectionResponse[];

  @ApiPropertyOptional({
    type: () => [AnalysedClaimResponse],
    description: 'For the round’s moderators only: the body’s claims as the analysis read them',
  })
  claims?: AnalysedClaimResponse[];

  @ApiPropertyOptional({
    type: () => [ModerationLogEntryResponse],
    description: 'For the round’s moderators only',
  })
  moderationLog?: ModerationLogEntryResponse[];
}
