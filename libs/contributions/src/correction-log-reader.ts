import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@convene/common';
import { assertModerates } from '@convene/rounds';
import { ContributionAccessRepository } from './contribution-access.repository';
import type { CorrectionChange } from './contribution-corrections.repository';

export type CorrectionLogEntry = CorrectionChange & {
  reason: string | null;
  correctedBy: string;
  correctedAt: string;
};

/** Who corrected what on a contribution, and why: for the round's moderators only. */
@Injectable()
export class CorrectionLogReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contributions: ContributionAccessRepository,
  ) {}

  /** Newest first. */
  async list(actor: Actor, contributionId: string): Promise<CorrectionLogEntry[]> {
    const { round } = await this.contributions.load(contributionId);
    assertModerates(actor, round);
    const rows: (CorrectionChange & {
      reason: string | null;
      moderator_id: string;
      created_at: Date;
    })[] = await this.dataSource.query(
      `SELECT what, before, after, reason, moderator_id, created_at FROM contribution_correction_log
        WHERE contribution_id = $1 ORDER BY id DESC`,
      [contributionId],
    );
    return rows.map(({ moderator_id, created_at, ...change }) => ({
      ...change,
      correctedBy: moderator_id,
      correctedAt: created_at.toISOString(),
    }));
  }
}
