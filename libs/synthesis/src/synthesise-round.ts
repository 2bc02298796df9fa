import { contributionsForObjective } from './assignment';
import { draftBackgroundNote, type BackgroundNote, type NoteRound } from './draft-note';
import { synthesiseObjective, type ObjectiveSynthesis } from './synthesise-objective';
import type { AnalysedContribution, ModeratorReply } from './types';

export interface SynthesiseRoundInput {
  round: NoteRound;
  /** Visible contributions only: the caller leaves hidden ones out. */
  contributions: readonly AnalysedContribution[];
  moderatorReplies?: readonly ModeratorReply[];
}

/** Everything a closed round yields in one call: a synthesis per objective under review, then the note. */
export function synthesiseRound(input: SynthesiseRoundInput): {
  syntheses: ObjectiveSynthesis[];
  note: BackgroundNote;
} {
  const objectives = [...new Set(input.round.objectiveNumbers)].sort((a, b) => a - b);
  const syntheses = objectives.map((objectiveNumber) =>
    synthesiseObjective({
      objectiveNumber,
      contributions: contributionsForObjective(input.contributions, objectiveNumber),
      moderatorReplies: input.moderatorReplies,
    }),
  );
  const note = draftBackgroundNote({ round: input.round, contributions: input.contributions });
  return { syntheses, note };
}
