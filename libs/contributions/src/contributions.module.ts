import { Module } from '@nestjs/common';
import { RoundsModule } from '@convene/rounds';
import { ContributionAccessRepository } from './contribution-access.repository';
import { ContributionCorrectionsReader } from './contribution-corrections-reader';
import { ContributionCorrectionsRepository } from './contribution-corrections.repository';
import { ContributionReader } from './contribution-reader';
import { CorrectClaimHandler } from './correct-claim.handler';
import { CorrectObjectivesHandler } from './correct-objectives.handler';
import { CorrectionLogReader } from './correction-log-reader';
import { IdempotencyKeyPruner } from './idempotency-key-pruner';
import { HideContributionHandler, RestoreContributionHandler } from './moderation.handlers';
import { PostReplyHandler } from './post-reply.handler';
import { SubmitContributionHandler } from './submit-contribution.handler';

@Module({
  imports: [RoundsModule],
  providers: [
    ContributionAccessRepository,
    ContributionReader,
    SubmitContributionHandler,
    PostReplyHandler,
    HideContributionHandler,
    RestoreContributionHandler,
    ContributionCorrectionsRepository,
    CorrectObjectivesHandler,
    CorrectClaimHandler,
    CorrectionLogReader,
    ContributionCorrectionsReader,
    IdempotencyKeyPruner,
  ],
  exports: [
    ContributionReader,
    CorrectionLogReader,
    ContributionCorrectionsReader,
    IdempotencyKeyPruner,
  ],
})
export class ContributionsModule {}
