import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoundsModule } from '@convene/rounds';
import { ContributionAccessRepository } from './contribution-access.repository';
import { ContributionObjectiveEntity } from './contribution-objective.entity';
import { ContributionReader } from './contribution-reader';
import { ContributionEntity } from './contribution.entity';
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
  ],
  exports: [ContributionReader],
})
export class ContributionsModule {}
