import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '@convene/common';
import type { NotesVisibility, RoundNotesAccess } from './notes-visibility-policy';
import { assertTransition, type RoundStatus } from './round-policy';

/** When a status is first reached, the column that records it. */
const REACHED_AT: Partial<Record<RoundStatus, string>> = { open: 'opened_at', closed: 'closed_at' };

interface AccessRow {
  id: string;
  status: RoundStatus;
  closes_at: Date;
  moderator_ids: string[];
  co_chair_ids: string[];
  notes_visibility: NotesVisibility;
}

const ACCESS_SQL = `
  SELECT r.id, r.status, r.closes_at, r.notes_visibility,
    ARRAY(SELECT user_id FROM round_members WHERE round_id = r.id AND role = 'moderator') AS moderator_ids,
    ARRAY(SELECT user_id FROM round_members WHERE round_id = r.id AND role = 'co_chair') AS co_chair_ids
  FROM rounds r WHERE r.id = $1`;

function toAccess(row: AccessRow | undefined): RoundNotesAccess {
  if (!row) throw new NotFoundError('no round with this id');
  return {
    id: row.id,
    status: row.status,
    closesAt: row.closes_at,
    moderatorIds: row.moderator_ids,
    coChairIds: row.co_chair_ids,
    notesVisibility: row.notes_visibility,
  };
}

/** Loads what the round rules need, in one query. */
@Injectable()
export class RoundAccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  async load(roundId: string): Promise<RoundNotesAccess> {
    const rows: AccessRow[] = await this.dataSource.query(ACCESS_SQL, [roundId]);
    return toAccess(rows[0]);
  }

  /** Open rounds whose closing time has passed: the schedule missed them or has not run yet. */
  async dueToClose(limit = 100): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM rounds WHERE status = 'open' AND closes_at <= now() ORDER BY closes_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Moves the round from one status to the next, as round-policy allows; the only writer of a
   * round's status, whoever drives it. Call it under the round's lock.
   */
  async transition(
    tx: EntityManager,
    roundId: string,
    from: RoundStatus,
    to: RoundStatus,
  ): Promise<void> {
    assertTransition(from, to);
    const stamp = REACHED_AT[to] ? `, ${REACHED_AT[to]} = now()` : '';
    const [, changed]: [unknown, number] = await tx.query(
      `UPDATE rounds SET status = $3${stamp} WHERE id = $1 AND status = $2`,
      [roundId, from, to],
    );
    if (changed !== 1) throw new ConflictError(`the round is no longer ${from}`);
  }

  /** Locks the round row until the transaction ends, so state changes serialise. */
  async lock(tx: EntityManager, roundId: string): Promise<RoundNotesAccess> {
    const rows: AccessRow[] = await tx.query(`${ACCESS_SQL} FOR UPDATE OF r`, [roundId]);
    return toAccess(rows[0]);
  }
}
