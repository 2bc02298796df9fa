import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConflictError, NotFoundError, type Actor } from '@convene/common';
import {
  assertCanReadNotes,
  RoundAccessRepository,
  type RoundAccess,
  type RoundNotesAccess,
} from '@convene/rounds';
import type { NoteSection, ObjectiveSynthesis } from '@convene/synthesis';
import { redactHidden, redactSynthesis } from './note-redaction';

export interface BackgroundNoteView {
  id: string;
  roundId: string;
  roundTitle: string;
  version: number;
  title: string;
  wordCount: number;
  wordTarget: number;
  generatedAt: string;
  sections: NoteSection[];
  markdown: string;
}

export type BackgroundNoteSummary = Pick<
  BackgroundNoteView,
  'id' | 'version' | 'wordCount' | 'generatedAt'
>;

interface NoteRow {
  id: string;
  round_id: string;
  round_title: string;
  version: number;
  title: string;
  word_count: number;
  word_target: number;
  generated_at: Date;
  sections: NoteSection[];
  markdown: string;
}

function toView(row: NoteRow): BackgroundNoteView {
  return {
    id: row.id,
    roundId: row.round_id,
    roundTitle: row.round_title,
    version: row.version,
    title: row.title,
    wordCount: row.word_count,
    wordTarget: row.word_target,
    generatedAt: row.generated_at.toISOString(),
    sections: row.sections,
    markdown: row.markdown,
  };
}

/**
 * Notes and syntheses, for whoever the round lets read them (assertCanReadNotes). They are
 * built from visible contributions only and name no one, so they need no moderator filter.
 * A hide takes effect at once: until the redraft it starts is written, what a stored note or
 * synthesis drew from a contribution hidden since is withheld from every reader and format.
 */
@Injectable()
export class BackgroundNoteReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundAccessRepository,
  ) {}

  async latest(actor: Actor, roundId: string): Promise<BackgroundNoteView> {
    const round = await this.readableRound(actor, roundId);
    const [row, hidden] = await Promise.all([this.latestRow(round), this.hidden(round.id)]);
    return redactHidden(toView(row), hidden);
  }

  /** One version by its number, for comparing drafts; 404 when the round has no such version. */
  async version(actor: Actor, roundId: string, version: number): Promise<BackgroundNoteView> {
    const round = await this.readableRound(actor, roundId);
    const rows: NoteRow[] = await this.dataSource.query(
      `SELECT n.*, r.title AS round_title FROM background_notes n JOIN rounds r ON r.id = n.round_id
        WHERE n.round_id = $1 AND n.version = $2`,
      [round.id, version],
    );
    if (!rows[0]) throw new NotFoundError(`this round has no background note version ${version}`);
    return redactHidden(toView(rows[0]), await this.hidden(round.id));
  }

  async versions(actor: Actor, roundId: string): Promise<BackgroundNoteSummary[]> {
    await this.readableRound(actor, roundId);
    const rows: Pick<NoteRow, 'id' | 'version' | 'word_count' | 'generated_at'>[] =
      await this.dataSource.query(
        `SELECT id, version, word_count, generated_at FROM background_notes
          WHERE round_id = $1 ORDER BY version DESC`,
        [roundId],
      );
    return rows.map((r) => ({
      id: r.id,
      version: r.version,
      wordCount: r.word_count,
      generatedAt: r.generated_at.toISOString(),
    }));
  }

  /** The syntheses the latest note was drafted from, one per objective under review. */
  async syntheses(actor: Actor, roundId: string): Promise<ObjectiveSynthesis[]> {
    const round = await this.readableRound(actor, roundId);
    // A drafted note always has its syntheses: none means no note yet.
    const rows: { result: ObjectiveSynthesis }[] = await this.dataSource.query(
      `SELECT result FROM syntheses
        WHERE draft_request_id = (SELECT draft_request_id FROM background_notes
                                   WHERE round_id = $1 ORDER BY version DESC LIMIT 1)
        ORDER BY objective_number`,
      [round.id],
    );
    if (rows.length === 0) throw noNoteYet(round);
    const hidden = await this.hidden(round.id);
    return rows.map((r) => redactSynthesis(r.result, hidden));
  }

  /** The round's hidden contributions now, whenever the note was drafted. */
  private async hidden(roundId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM contributions WHERE round_id = $1 AND hidden`,
      [roundId],
    );
    return new Set(rows.map((r) => r.id));
  }

  private async readableRound(actor: Actor, roundId: string): Promise<RoundNotesAccess> {
    const round = await this.rounds.load(roundId);
    assertCanReadNotes(actor, round);
    return round;
  }

  private async latestRow(round: RoundAccess): Promise<NoteRow> {
    const rows: NoteRow[] = await this.dataSource.query(
      `SELECT n.*, r.title AS round_title FROM background_notes n JOIN rounds r ON r.id = n.round_id
        WHERE n.round_id = $1 ORDER BY n.version DESC LIMIT 1`,
      [round.id],
    );
    if (!rows[0]) throw noNoteYet(round);
    return rows[0];
  }
}

function noNoteYet(round: RoundAccess): ConflictError {
  return new ConflictError(
    round.status === 'synthesizing'
      ? 'the first background note of this round is being drafted'
      : `the round is ${round.status}: its background note is drafted once it closes`,
  );
}
