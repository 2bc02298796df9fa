import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ContributionCorrections } from '@convene/synthesis';
import type { CorrectionsRow } from './contribution-corrections.repository';
import { claimCorrectionOf } from './correction-rules';

type Row = Pick<CorrectionsRow, 'objective_numbers' | 'claims'> & { contribution_id: string };

function toCorrections(row: Row): ContributionCorrections {
  return {
    ...(row.objective_numbers && { objectives: row.objective_numbers }),
    ...(row.claims.length > 0 && { claims: row.claims.map(claimCorrectionOf) }),
  };
}

/** Moderators' corrections as the synthesis takes them, without who made them or when. */
@Injectable()
export class ContributionCorrectionsReader {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The corrected contributions of a round, by id, in one query; a contribution without
   * corrections has no entry. Hidden contributions are included: leaving them out is the
   * caller's rule, as it is for everything else it reads.
   */
  async forRound(roundId: string): Promise<Map<string, ContributionCorrections>> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT k.contribution_id, k.objective_numbers, k.claims
         FROM contribution_corrections k JOIN contributions c ON c.id = k.contribution_id
        WHERE c.round_id = $1`,
      [roundId],
    );
    return new Map(rows.map((row) => [row.contribution_id, toCorrections(row)]));
  }

  /** One contribution's corrections; {} when it has none. */
  async forContribution(contributionId: string): Promise<ContributionCorrections> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT contribution_id, objective_numbers, claims FROM contribution_corrections
        WHERE contribution_id = $1`,
      [contributionId],
    );
    return rows[0] ? toCorrections(rows[0]) : {};
  }
}
