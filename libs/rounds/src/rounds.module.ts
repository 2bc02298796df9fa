import { Module } from '@nestjs/common';
import { CloseRoundHandler } from './close-round.handler';
import { CreateRoundHandler } from './create-round.handler';
import { OpenRoundHandler } from './open-round.handler';
import { RoundAccessRepository } from './round-access.repository';
import { RoundReader } from './round-reader';
import { SetNotesVisibilityHandler } from './set-notes-visibility.handler';

@Module({
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
