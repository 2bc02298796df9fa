import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CloseRoundHandler } from './close-round.handler';
import { CreateRoundHandler } from './create-round.handler';
import { OpenRoundHandler } from './open-round.handler';
import { QuestionEntity } from './question.entity';
import { RoundAccessRepository } from './round-access.repository';
import { RoundMemberEntity } from './round-member.entity';
import { RoundReader } from './round-reader';
import { RoundEntity } from './round.entity';
import { SetNotesVisibilityHandler } from './set-notes-visibility.handler';

@Module({
  imports: [TypeOrmModule.forFeature([RoundEntity, QuestionEntity, RoundMemberEntity])],
  providers: [
    RoundAccessRepository,
    RoundReader,
    CreateRoundHandler,
    OpenRoundHandler,
    CloseRoundHandler,
    SetNotesVisibilityHandler,
  ],
  exports: [RoundAccessRepository, RoundReader],
})
export class RoundsModule {}
