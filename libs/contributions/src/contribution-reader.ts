import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  InvalidInputError,
  NotFoundError,
  type Actor,
  type StakeholderType,
} from '@convene/common';
import {
  assertCanView,
  assertModerates,
  isRoundModerator,
  RoundAccessRepository,
} from '@convene/rounds';
import {
  objectiveCorrectionOf,
  type CorrectionsRow,
  type ObjectiveCorrection,
} from './contribution-corrections.repository';
import type { ObjectiveSource } from '@convene/synthesis';
import { assertCanSee } from './contribution-policy';
import type { StoredClaimCorrection } from './correction-rules';

export interface AuthorView {
  id: string;
  displayName: string;
  organisation: string | null;
  stakeholderType: StakeholderType;
}

export interface ReplyView {
  id: string;
  parentReplyId: string | null;
  author: AuthorView;
  body: string;
  isModeratorReply: boolean;
  createdAt: string;
}

export interface ContributionView {
  id: string;
  roundId: string;
  questionNumber: number;
  author: AuthorView;
  body: string;
  language: string | null;
  status: 'received' | 'analysed' | 'hidden';
  objectives: { number: number; score: number; source: ObjectiveSource }[];
  createdAt: string;
  replyCount: number;
}

export interface ContributionDetail extends ContributionView {
  /** The analysis's sentences as character offsets into the body (empty until analysed). */
  sentences: { start: number; end: number }[];
  replies: ReplyView[];
  /** A moderator's correction of `objectives` (which stay as the analysis found them). */
  objectiveCorrection: ObjectiveCorrection | null;
  /** For the round's moderators. */
  claimCorrections?: StoredClaimCorrection[];
  moderationLog?: {
    action: 'hide' | 'restore';
    reason: string | null;
    moderatorId: string;
    at: string;
  }[];
}

type ReplyRow = Omit<ReplyView, 'author' | 'createdAt'> & {
  contribution_id: string;
  created_at: Date;
  author_id: string;
  display_name: string;
  organisation: string | null;
  stakeholder_type: StakeholderType;
};

const SELECT_REPLIES = `
  SELECT p.id, p.contribution_id, p.parent_reply_id AS "parentReplyId", p.body,
         p.is_moderator_reply AS "isModeratorReply", p.created_at, u.id AS author_id,
         u.display_name, u.organisation, u.stakeholder_type
    FROM replies p JOIN users u ON u.id = p.author_id`;
const ORDER_REPLIES = 'ORDER BY p.contribution_id, p.created_at, p.id';

function toReplyView(r: ReplyRow): ReplyView {
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

export interface ContributionFilter {
  questionNumber?: number;
  objective?: number;
  language?: string;
  limit: number;
  cursor?: string;
}

interface ContributionRow {
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
const SELECT_CONTRIBUTION = `
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

function toView(row: ContributionRow): ContributionView {
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

@Injectable()
export class ContributionReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundAccessRepository,
  ) {}

  async get(actor: Actor, contributionId: string): Promise<ContributionDetail> {
    const rows: ContributionRow[] = await this.dataSource.query(
      `${SELECT_CONTRIBUTION} WHERE c.id = $1`,
      [contributionId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundError('no contribution with this id');
    const round = await this.rounds.load(row.round_id);
    assertCanSee(actor, round, row);
    const [replies, analyses, corrections]: [
      ReplyRow[],
      { sentences: [number, number][] }[],
      CorrectionsRow[],
    ] = await Promise.all([
      this.dataSource.query(
        `${SELECT_REPLIES} WHERE p.contribution_id = ANY($1::uuid[]) ${ORDER_REPLIES}`,
        [[contributionId]],
      ),
      this.dataSource.query(
        `SELECT sentences FROM contribution_analyses WHERE contribution_id = $1`,
        [contributionId],
      ),
      this.dataSource.query(
        `SELECT objective_numbers, objectives_corrected_by, objectives_corrected_at, claims
           FROM contribution_corrections WHERE contribution_id = $1`,
        [contributionId],
      ),
    ]);
    const correction = corrections[0];
    const detail: ContributionDetail = {
      ...toView(row),
      sentences: (analyses[0]?.sentences ?? []).map(([start, end]) => ({ start, end })),
      replies: replies.map(toReplyView),
      objectiveCorrection: objectiveCorrectionOf(correction),
    };
    if (isRoundModerator(actor, round)) {
      detail.claimCorrections = correction?.claims ?? [];
      const log: {
        action: 'hide' | 'restore';
        reason: string | null;
        moderator_id: string;
        created_at: Date;
      }[] = await this.dataSource.query(
        `SELECT action, reason, moderator_id, created_at FROM moderation_log
            WHERE contribution_id = $1 ORDER BY id`,
        [contributionId],
      );
      detail.moderationLog = log.map((l) => ({
        action: l.action,
        reason: l.reason,
        moderatorId: l.moderator_id,
        at: l.created_at.toISOString(),
      }));
    }
    return detail;
  }

  /** The actor's own visible contributions, newest first, across rounds. */
  async byAuthor(actor: Actor, limit = 100): Promise<ContributionView[]> {
    const rows: ContributionRow[] = await this.dataSource.query(
      `${SELECT_CONTRIBUTION} WHERE c.author_id = $1 AND NOT c.hidden
        ORDER BY c.created_at DESC, c.id LIMIT $2`,
      [actor.id, limit],
    );
    return rows.map(toView);
  }

  /** A page of a round's contributions as threads: each with its replies, in two queries. */
  async threads(
    actor: Actor,
    roundId: string,
    filter: ContributionFilter,
  ): Promise<{
    items: (ContributionView & { replies: ReplyView[] })[];
    nextCursor: string | null;
  }> {
    const page = await this.list(actor, roundId, filter);
    const rows: ReplyRow[] =
      page.items.length === 0
        ? []
        : await this.dataSource.query(
            `${SELECT_REPLIES} WHERE p.contribution_id = ANY($1::uuid[]) ${ORDER_REPLIES}`,
            [page.items.map((c) => c.id)],
          );
    const byContribution = new Map<string, ReplyView[]>();
    for (const row of rows) {
      const list = byContribution.get(row.contribution_id) ?? [];
      list.push(toReplyView(row));
      byContribution.set(row.contribution_id, list);
    }
    return {
      items: page.items.map((c) => ({ ...c, replies: byContribution.get(c.id) ?? [] })),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * A round's contributions in the order its moderators work through them: those no moderator
   * has answered first, then answered ones, hidden ones last; newest first within each.
   */
  async moderationQueue(
    actor: Actor,
    roundId: string,
    page: { limit: number; offset: number },
  ): Promise<{ items: ContributionView[]; total: number }> {
    const round = await this.rounds.load(roundId);
    assertModerates(actor, round);
    const [rows, counts]: [ContributionRow[], { total: number }[]] = await Promise.all([
      this.dataSource.query(
        `${SELECT_CONTRIBUTION}
          WHERE c.round_id = $1
          ORDER BY c.hidden,
            EXISTS (SELECT 1 FROM replies p WHERE p.contribution_id = c.id AND p.is_moderator_reply),
            c.created_at DESC, c.id
          LIMIT $2 OFFSET $3`,
        [roundId, page.limit, page.offset],
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM contributions WHERE round_id = $1`,
        [roundId],
      ),
    ]);
    return { items: rows.map(toView), total: counts[0].total };
  }

  /** A page of a round's contributions, oldest first, continuing after the cursor. */
  async list(
    actor: Actor,
    roundId: string,
    filter: ContributionFilter,
  ): Promise<{ items: ContributionView[]; nextCursor: string | null }> {
    const round = await this.rounds.load(roundId);
    assertCanView(actor, round);
    const after = filter.cursor ? decodeCursor(filter.cursor) : null;
    const rows: ContributionRow[] = await this.dataSource.query(
      `${SELECT_CONTRIBUTION}
        WHERE c.round_id = $1
          AND ($2::boolean OR NOT c.hidden)
          AND ($3::int IS NULL OR c.question_number = $3)
          AND ($4::int IS NULL OR $4 = ANY(c.declared_objectives) OR EXISTS (
                SELECT 1 FROM contribution_objectives x WHERE x.contribution_id = c.id AND x.objective_number = $4))
          AND ($5::text IS NULL OR coalesce(c.language, c.declared_language) = $5)
          AND ($6::timestamptz IS NULL OR (c.created_at, c.id) > ($6::timestamptz, $7::uuid))
        ORDER BY c.created_at, c.id
        LIMIT $8`,
      [
        roundId,
        isRoundModerator(actor, round),
        filter.questionNumber ?? null,
        filter.objective ?? null,
        filter.language ?? null,
        after?.at ?? null,
        after?.id ?? null,
        filter.limit + 1,
      ],
    );
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toView),
      nextCursor: rows.length > filter.limit && last ? encodeCursor(last.cursor_at, last.id) : null,
    };
  }
}
