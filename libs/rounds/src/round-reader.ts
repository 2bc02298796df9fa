import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hasRole, NotFoundError, type Actor, type Language } from '@convene/common';
import type { NotesVisibility } from './notes-visibility-policy';
import {
  assertCanView,
  isRoundModerator,
  type RoundAccess,
  type RoundStatus,
} from './round-policy';

export interface RoundView {
  id: string;
  title: string;
  description: string;
  status: RoundStatus;
  objectiveNumbers: number[];
  languages: Language[];
  questions: { number: number; text: Partial<Record<Language, string>> }[];
  closesAt: string;
  noteWordTarget: number;
  moderatorIds: string[];
  coChairIds: string[];
  notesVisibility: NotesVisibility;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  counts: { contributions: number; replies: number };
}

interface RoundRow {
  id: string;
  title: string;
  description: string;
  status: RoundStatus;
  objective_numbers: number[];
  languages: Language[];
  closes_at: Date;
  note_word_target: number;
  notes_visibility: NotesVisibility;
  created_at: Date;
  opened_at: Date | null;
  closed_at: Date | null;
  moderator_ids: string[];
  co_chair_ids: string[];
  questions: { number: number; en: string; fr: string | null; es: string | null }[];
  contributions: number;
  hidden: number;
  replies: number;
  hidden_replies: number;
}

const ROUND_SQL = `
  SELECT r.*,
    ARRAY(SELECT user_id FROM round_members WHERE round_id = r.id AND role = 'moderator') AS moderator_ids,
    ARRAY(SELECT user_id FROM round_members WHERE round_id = r.id AND role = 'co_chair') AS co_chair_ids,
    (SELECT coalesce(json_agg(json_build_object('number', q.number, 'en', q.text_en, 'fr', q.text_fr, 'es', q.text_es) ORDER BY q.number), '[]')
       FROM questions q WHERE q.round_id = r.id) AS questions,
    (SELECT count(*)::int FROM contributions c WHERE c.round_id = r.id) AS contributions,
    (SELECT count(*)::int FROM contributions c WHERE c.round_id = r.id AND c.hidden) AS hidden,
    (SELECT count(*)::int FROM replies p JOIN contributions c ON c.id = p.contribution_id WHERE c.round_id = r.id) AS replies,
    (SELECT count(*)::int FROM replies p JOIN contributions c ON c.id = p.contribution_id WHERE c.round_id = r.id AND c.hidden) AS hidden_replies
  FROM rounds r`;

function accessOf(row: RoundRow): RoundAccess {
  return {
    id: row.id,
    status: row.status,
    closesAt: row.closes_at,
    moderatorIds: row.moderator_ids,
    coChairIds: row.co_chair_ids,
  };
}

function toView(row: RoundRow, actor: Actor): RoundView {
  // Hidden contributions, and the replies under them, count only for the round's moderators.
  const seesHidden = isRoundModerator(actor, accessOf(row));
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    objectiveNumbers: row.objective_numbers,
    languages: row.languages,
    questions: row.questions.map((q) => ({
      number: q.number,
      text: Object.fromEntries(
        (['en', 'fr', 'es'] as const).filter((l) => q[l] !== null).map((l) => [l, q[l] as string]),
      ),
    })),
    closesAt: row.closes_at.toISOString(),
    noteWordTarget: row.note_word_target,
    moderatorIds: row.moderator_ids,
    coChairIds: row.co_chair_ids,
    notesVisibility: row.notes_visibility,
    createdAt: row.created_at.toISOString(),
    openedAt: row.opened_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    counts: {
      contributions: seesHidden ? row.contributions : row.contributions - row.hidden,
      replies: seesHidden ? row.replies : row.replies - row.hidden_replies,
    },
  };
}

@Injectable()
export class RoundReader {
  constructor(private readonly dataSource: DataSource) {}

  async get(actor: Actor, roundId: string): Promise<RoundView> {
    const rows: RoundRow[] = await this.dataSource.query(`${ROUND_SQL} WHERE r.id = $1`, [roundId]);
    if (!rows[0]) throw new NotFoundError('no round with this id');
    assertCanView(actor, accessOf(rows[0]));
    return toView(rows[0], actor);
  }

  /** Rounds the actor may see: every round past draft, and the drafts they are a member of. */
  async list(actor: Actor, status?: RoundStatus): Promise<RoundView[]> {
    const rows: RoundRow[] = await this.dataSource.query(
      `${ROUND_SQL}
       WHERE ($2::text IS NULL OR r.status = $2)
         AND (r.status <> 'draft' OR $3::boolean
              OR EXISTS (SELECT 1 FROM round_members m WHERE m.round_id = r.id AND m.user_id = $1::uuid))
       ORDER BY r.created_at DESC LIMIT 200`,
      [actor.id, status ?? null, hasRole(actor, 'admin')],
    );
    return rows.map((row) => toView(row, actor));
  }
}
