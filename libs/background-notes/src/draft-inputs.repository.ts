import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContributionCorrectionsReader } from '@convene/contributions';
import type {
  AnalysedContribution,
  ContributionCorrections,
  ContributionLanguage,
  ModeratorReply,
  NoteRound,
  ObjectiveMatch,
  ObjectiveSynthesis,
  StoredClaim,
} from '@convene/synthesis';
import type { DraftRequestStatus } from './draft-policy';

export interface DraftRequest {
  id: string;
  seq: number;
  roundId: string;
  status: DraftRequestStatus;
}

interface ContributionRow {
  id: string;
  body: string;
  language: ContributionLanguage;
  sentences: [number, number][];
  claims: StoredClaim[] | null;
  question_number: number;
  stakeholder_type: string;
  author_id: string;
  organisation: string | null;
  objectives: ObjectiveMatch[];
  author_replies: string[];
}

// Best first, as the analysis ranked them: declared, then explicit, then inferred, by score.
const CONTRIBUTIONS_SQL = `
  SELECT c.id, c.body, a.language, a.sentences, a.claims, c.question_number, u.stakeholder_type,
    c.author_id, u.organisation,
    coalesce((SELECT json_agg(p.body ORDER BY p.created_at, p.id) FROM replies p
               WHERE p.contribution_id = c.id AND p.author_id = c.author_id), '[]') AS author_replies,
    coalesce((SELECT json_agg(json_build_object('number', o.objective_number, 'score', o.score, 'source', o.source)
                ORDER BY CASE o.source WHEN 'declared' THEN 0 WHEN 'explicit' THEN 1 ELSE 2 END,
                         o.score DESC, o.objective_number)
                FROM contribution_objectives o WHERE o.contribution_id = c.id), '[]') AS objectives
  FROM contributions c
  JOIN contribution_analyses a ON a.contribution_id = c.id
  JOIN users u ON u.id = c.author_id
  WHERE c.round_id = $1 AND NOT c.hidden
    AND ($2::int IS NULL OR c.id = ANY($3::uuid[])
         OR EXISTS (SELECT 1 FROM contribution_objectives x
                     WHERE x.contribution_id = c.id AND x.objective_number = $2))
  ORDER BY c.id`;

/**
 * What the engine needs for a draft, read in a few set-based queries: the round, its visible
 * analysed contributions (never a hidden one) with their authors' own replies and moderators'
 * corrections, moderator replies, and stored syntheses.
 */
@Injectable()
export class DraftInputsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly corrections: ContributionCorrectionsReader,
  ) {}

  async request(draftRequestId: string): Promise<DraftRequest | undefined> {
    const rows: { id: string; seq: string; round_id: string; status: DraftRequestStatus }[] =
      await this.dataSource.query(
        `SELECT id, seq::text, round_id, status FROM draft_requests WHERE id = $1`,
        [draftRequestId],
      );
    const row = rows[0];
    return row && { id: row.id, seq: Number(row.seq), roundId: row.round_id, status: row.status };
  }

  async round(roundId: string): Promise<NoteRound> {
    const rows: {
      title: string;
      description: string;
      objective_numbers: number[];
      note_word_target: number;
      questions: NonNullable<NoteRound['questions']>;
    }[] = await this.dataSource.query(
      `SELECT r.title, r.description, r.objective_numbers, r.note_word_target,
         (SELECT coalesce(json_agg(json_strip_nulls(json_build_object('number', q.number,
                   'text', json_build_object('en', q.text_en, 'fr', q.text_fr, 'es', q.text_es)))
                 ORDER BY q.number), '[]')
            FROM questions q WHERE q.round_id = r.id) AS questions
       FROM rounds r WHERE r.id = $1`,
      [roundId],
    );
    const row = rows[0];
    if (!row) throw new Error(`round ${roundId} is gone`);
    return {
      title: row.title,
      description: row.description,
      objectiveNumbers: row.objective_numbers,
      noteWordTarget: row.note_word_target,
      questions: row.questions,
    };
  }

  /**
   * The round's visible analysed contributions; with an objective, only those whose analysis
   * or correction names it at all (a superset of those the engine assigns to it, so it decides
   * the same). A moderator's correction of the objectives replaces the analysis's.
   */
  async contributions(roundId: string, objectiveNumber?: number): Promise<AnalysedContribution[]> {
    const corrections = await this.corrections.forRound(roundId);
    const corrected = [...corrections.entries()]
      .filter(([, c]) => objectiveNumber !== undefined && c.objectives?.includes(objectiveNumber))
      .map(([id]) => id);
    const rows: ContributionRow[] = await this.dataSource.query(CONTRIBUTIONS_SQL, [
      roundId,
      objectiveNumber ?? null,
      corrected,
    ]);
    return rows.map((r) => {
      const correction = corrections.get(r.id);
      return {
        id: r.id,
        text: r.body,
        language: r.language,
        objectives: correctedObjectives(r.objectives, correction),
        sentences: r.sentences.map(([start, end]) => ({
          text: r.body.slice(start, end),
          start,
          end,
        })),
        stakeholderType: r.stakeholder_type,
        questionNumber: r.question_number,
        authorId: r.author_id,
        organisation: r.organisation,
        authorReplies: r.author_replies,
        ...(r.claims ? { claims: r.claims } : {}),
        ...(correction ? { corrections: correction } : {}),
      };
    });
  }

  async moderatorReplies(roundId: string): Promise<ModeratorReply[]> {
    const rows: { contribution_id: string; body: string }[] = await this.dataSource.query(
      `SELECT p.contribution_id, p.body FROM replies p JOIN contributions c ON c.id = p.contribution_id
        WHERE c.round_id = $1 AND p.is_moderator_reply AND NOT c.hidden
        ORDER BY p.contribution_id, p.created_at, p.id`,
      [roundId],
    );
    return rows.map((r) => ({ contributionId: r.contribution_id, text: r.body }));
  }

  async saveSynthesis(draftRequestId: string, synthesis: ObjectiveSynthesis): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO syntheses (draft_request_id, objective_number, result) VALUES ($1, $2, $3)
       ON CONFLICT (draft_request_id, objective_number) DO NOTHING`,
      [draftRequestId, synthesis.objectiveNumber, JSON.stringify(synthesis)],
    );
  }

  async syntheses(draftRequestId: string): Promise<ObjectiveSynthesis[]> {
    const rows: { result: ObjectiveSynthesis }[] = await this.dataSource.query(
      `SELECT result FROM syntheses WHERE draft_request_id = $1 ORDER BY objective_number`,
      [draftRequestId],
    );
    return rows.map((r) => r.result);
  }
}

/** A moderator's objectives stand as if the author had declared them: the engine assigns them all. */
function correctedObjectives(
  analysed: ObjectiveMatch[],
  correction: ContributionCorrections | undefined,
): ObjectiveMatch[] {
  if (!correction?.objectives) return analysed;
  return correction.objectives.map((number) => ({ number, score: 1, source: 'declared' }));
}
