import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoundsModule } from '@convene/rounds';
import { ContributionAccessRepository } from './contribution-access.repository';
import { ContributionCorrectionsReader } from './contribution-corrections-reader';
import { ContributionCorrectionsRepository } from './contribution-corrections.repository';
import { ContributionObjectiveEntity } from './contribution-objective.entity';
import { ContributionReader } from './contribution-reader';
import { ContributionEntity } from './contribution.entity';
import { CorrectClaimHandler } from './correct-claim.handler';
import { CorrectObjectivesHandler } from './correct-objectives.handler';
import { CorrectionLogReader } from './correction-log-reader';
import { HideContributionHandler, RestoreContributionHandler } from './moderation.handlers';
import { ModerationLogEntity } from './moderation-log.entity';
import { PostReplyHandler } from './post-reply.handler';
import { ReplyEntity } from './reply.entity';
import { SubmitContributionHandler } from './submit-contribution.handler';

@Module({
  imports: [
    RoundsModule,
    TypeOrmModule.forFeature([
      ContributionEntity,
      ContributionObjectiveEntity,
      ReplyEntity,
      ModerationLogEntity,
    ]),
  ],
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
  ],
  exports: [ContributionReader, CorrectionLogReader, ContributionCorrectionsReader],
})
export class ContributionsModule {}
