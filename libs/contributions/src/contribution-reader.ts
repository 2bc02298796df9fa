import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFoundError, type Actor } from '@convene/common';
import {
  assertCanView,
  assertModerates,
  isRoundModerator,
  RoundAccessRepository,
} from '@convene/rounds';
import { objectiveCorrectionOf, type CorrectionsRow } from './contribution-corrections.repository';
import { assertCanSee } from './contribution-policy';
import {
  decodeCursor,
  encodeCursor,
  groupByContribution,
  ORDER_REPLIES,
  SELECT_CONTRIBUTION,
  SELECT_REPLIES,
  toReplyView,
  toView,
  type ContributionRow,
  type ReplyRow,
} from './contribution-rows';
import type {
  AnalysedClaim,
  ContributionDetail,
  ContributionFilter,
  ContributionView,
  ReplyView,
} from './contribution-views';

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
    const [detail] = await this.details(rows, isRoundModerator(actor, round));
    return detail;
  }

  /**
   * The details of contributions of one round, in a fixed number of set-based queries whatever
   * their number; what only moderators read (claims, corrections, the log) when `forModerator`.
   */
  private async details(
    rows: readonly ContributionRow[],
    forModerator: boolean,
  ): Promise<ContributionDetail[]> {
    const ids = rows.map((r) => r.id);
    const [replies, analyses, corrections, log]: [
      ReplyRow[],
      { contribution_id: string; sentences: [number, number][]; claims: AnalysedClaim[] | null }[],
      (CorrectionsRow & { contribution_id: string })[],
      {
        contribution_id: string;
        action: 'hide' | 'restore';
        reason: string | null;
        moderator_id: string;
        created_at: Date;
      }[],
    ] = await Promise.all([
      this.dataSource.query(
        `${SELECT_REPLIES} WHERE p.contribution_id = ANY($1::uuid[]) ${ORDER_REPLIES}`,
        [ids],
      ),
      this.dataSource.query(
        `SELECT contribution_id, sentences, claims FROM contribution_analyses
          WHERE contribution_id = ANY($1::uuid[])`,
        [ids],
      ),
      this.dataSource.query(
        `SELECT contribution_id, objective_numbers, objectives_corrected_by, objectives_corrected_at, claims
           FROM contribution_corrections WHERE contribution_id = ANY($1::uuid[])`,
        [ids],
      ),
      forModerator
        ? this.dataSource.query(
            `SELECT contribution_id, action, reason, moderator_id, created_at FROM moderation_log
              WHERE contribution_id = ANY($1::uuid[]) ORDER BY id`,
            [ids],
          )
        : [],
    ]);
    const analysisOf = new Map(analyses.map((a) => [a.contribution_id, a]));
    const correctionOf = new Map(corrections.map((c) => [c.contribution_id, c]));
    const repliesOf = groupByContribution(replies);
    const logOf = groupByContribution(log);
    return rows.map((row) => {
      const analysis = analysisOf.get(row.id);
      const correction = correctionOf.get(row.id);
      const detail: ContributionDetail = {
        ...toView(row),
        sentences: (analysis?.sentences ?? []).map(([start, end]) => ({ start, end })),
        replies: (repliesOf.get(row.id) ?? []).map(toReplyView),
        objectiveCorrection: objectiveCorrectionOf(correction),
      };
      if (forModerator) {
        detail.claimCorrections = correction?.claims ?? [];
        detail.claims = (analysis?.claims ?? []).map((c) => ({
          start: c.start,
          end: c.end,
          objective: c.objective ?? null,
          kind: c.kind,
        }));
        detail.moderationLog = (logOf.get(row.id) ?? []).map((l) => ({
          action: l.action,
          reason: l.reason,
          moderatorId: l.moderator_id,
          at: l.created_at.toISOString(),
        }));
      }
      return detail;
    });
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
    const repliesOf = groupByContribution(rows);
    return {
      items: page.items.map((c) => ({
        ...c,
        replies: (repliesOf.get(c.id) ?? []).map(toReplyView),
      })),
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
  ): Promise<{ items: ContributionDetail[]; total: number }> {
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
    return { items: await this.details(rows, true), total: counts[0].total };
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
