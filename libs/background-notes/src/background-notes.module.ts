import { Module } from '@nestjs/common';
import { AnalysisModule } from '@convene/analysis';
import { ContributionsModule } from '@convene/contributions';
import { RoundsModule } from '@convene/rounds';
import { BackgroundNoteReader } from './background-note-reader';
import { DraftInputsRepository } from './draft-inputs.repository';
import { DraftNoteHandler } from './draft-note.handler';
import { MachineGloss } from './machine-gloss';
import { PrepareDraftHandler } from './prepare-draft.handler';
import { RequestDraftHandler } from './request-draft.handler';
import { SynthesiseObjectiveHandler } from './synthesise-objective.handler';

@Module({
  imports: [RoundsModule, AnalysisModule, ContributionsModule],
  providers: [
    BackgroundNoteReader,
    DraftInputsRepository,
    RequestDraftHandler,
    PrepareDraftHandler,
    SynthesiseObjectiveHandler,
    DraftNoteHandler,
    MachineGloss,
  ],
  exports: [BackgroundNoteReader],
})
export class BackgroundNotesModule {}
