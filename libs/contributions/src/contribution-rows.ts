import { InvalidInputError, type StakeholderType } from '@convene/common';
import type { ObjectiveSource } from '@convene/synthesis';
import type { ContributionView, ReplyView } from './contribution-views';

// How the readers query contributions and replies and turn rows into views.

export type ReplyRow = Omit<ReplyView, 'author' | 'createdAt'> & {
  contribution_id: string;
  created_at: Date;
  author_id: string;
  display_name: string;
  organisation: string | null;
  stakeholder_type: StakeholderType;
};

export const SELECT_REPLIES = `
  SELECT p.id, p.contribution_id, p.parent_reply_id AS "parentReplyId", p.body,
         p.is_moderator_reply AS "isModeratorReply", p.created_at, u.id AS author_id,
         u.display_name, u.organisation, u.stakeholder_type
    FROM replies p JOIN users u ON u.id = p.author_id`;
export const ORDER_REPLIES = 'ORDER BY p.contribution_id, p.created_at, p.id';

export function toReplyView(r: ReplyRow): ReplyView {
  return {
    id: r.id,
    parentReplyId: r.parentReplyId,
    author: {
      id: r.author_id,
      displayName: r.display_name,
      organisation: r.organisation,
      stakeholderType: r.stakeholder_type,
    },
    body: r.body,
    isModeratorReply: r.isModeratorReply,
    createdAt: r.created_at.toISOString(),
  };
}

export interface ContributionRow {
  id: string;
  round_id: string;
  question_number: number;
  body: string;
  language: string | null;
  status: 'received' | 'analysed';
  hidden: boolean;
  created_at: Date;
  cursor_at: string;
  author_id: string;
  display_name: string;
  organisation: string | null;
  stakeholder_type: StakeholderType;
  objectives: { number: number; score: number; source: ObjectiveSource }[];
  reply_count: number;
}

// Objectives found by the analysis come first, best first; declared ones it has not seen follow.
export const SELECT_CONTRIBUTION = `
  SELECT c.id, c.round_id, c.question_number, c.body, coalesce(c.language, c.declared_language) AS language,
    c.status, c.hidden, c.created_at,
    to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
    u.id AS author_id, u.display_name, u.organisation, u.stakeholder_type,
    (SELECT coalesce(json_agg(o ORDER BY o.rank, o.score DESC, o.number), '[]') FROM (
       SELECT objective_number AS number, score, source, 0 AS rank
         FROM contribution_objectives WHERE contribution_id = c.id
       UNION ALL
       SELECT d, 1, 'declared', 1 FROM unnest(c.declared_objectives) d
        WHERE NOT EXISTS (SELECT 1 FROM contribution_objectives
                           WHERE contribution_id = c.id AND objective_number = d)
     ) o) AS objectives,
    (SELECT count(*)::int FROM replies WHERE contribution_id = c.id) AS reply_count
  FROM contributions c JOIN users u ON u.id = c.author_id`;

export function toView(row: ContributionRow): ContributionView {
  return {
    id: row.id,
    roundId: row.round_id,
    questionNumber: row.question_number,
    author: {
      id: row.author_id,
      displayName: row.display_name,
      organisation: row.organisation,
      stakeholderType: row.stakeholder_type,
    },
    body: row.body,
    language: row.language,
    status: row.hidden ? 'hidden' : row.status,
    objectives: row.objectives.map(({ number, score, source }) => ({ number, score, source })),
    createdAt: row.created_at.toISOString(),
    replyCount: row.reply_count,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Microseconds matter: two contributions can share a millisecond.
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || !CURSOR_TIME.test(at) || !UUID.test(id)) {
    throw new InvalidInputError('cursor is not one this API gave out');
  }
  return { at, id };
}

/** Rows of several contributions by contribution, each list in the rows' order. */
export function groupByContribution<T extends { contribution_id: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.contribution_id);
    if (list) list.push(row);
    else grouped.set(row.contribution_id, [row]);
  }
  return grouped;
}
