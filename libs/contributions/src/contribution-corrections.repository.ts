import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ClaimCorrection } from '@convene/synthesis';
import type { StoredClaimCorrection } from './correction-rules';

/** What a correction changed: for objectives, `before` is what the contribution showed. */
export type CorrectionChange =
  | { what: 'objectives'; before: number[]; after: number[] }
  | { what: 'claim'; before: ClaimCorrection | null; after: ClaimCorrection };

export type CorrectionKind = CorrectionChange['what'];

export interface ObjectiveCorrection {
  objectiveNumbers: number[];
  correctedBy: string;
  correctedAt: string;
}

/** A row of contribution_corrections. */
export interface CorrectionsRow {
  objective_numbers: number[] | null;
  objectives_corrected_by: string | null;
  objectives_corrected_at: Date | null;
  claims: StoredClaimCorrection[];
}

export function objectiveCorrectionOf(
  row: Omit<CorrectionsRow, 'claims'> | undefined,
): ObjectiveCorrection | null {
  // The table's check sets the three together.
  return row?.objective_numbers && row.objectives_corrected_by && row.objectives_corrected_at
    ? {
        objectiveNumbers: row.objective_numbers,
        correctedBy: row.objectives_corrected_by,
        correctedAt: row.objectives_corrected_at.toISOString(),
      }
    : null;
}

/** A contribution's current corrections, and what it showed before any objective correction. */
export interface CurrentCorrections {
  bodyLength: number;
  objectiveCorrection: ObjectiveCorrection | null;
  /** What the contribution shows without a correction: found by the analysis or declared. */
  analysedObjectives: number[];
  claims: StoredClaimCorrection[];
  /** The transaction's time, which the log records too. */
  now: string;
}

/** Reads and writes corrections inside a command's transaction. */
@Injectable()
export class ContributionCorrectionsRepository {
  async current(tx: EntityManager, contributionId: string): Promise<CurrentCorrections> {
    // Without a corrections row, the LEFT JOIN gives nulls.
    const [row]: (Omit<CorrectionsRow, 'claims'> & {
      claims: StoredClaimCorrection[] | null;
      body: string;
      analysed_objectives: number[];
      now: Date;
    })[] = await tx.query(
      `SELECT c.body, k.objective_numbers, k.objectives_corrected_by, k.objectives_corrected_at, k.claims,
         ARRAY(SELECT objective_number FROM contribution_objectives WHERE contribution_id = c.id
               UNION SELECT unnest(c.declared_objectives) ORDER BY 1) AS analysed_objectives,
         now() AS now
       FROM contributions c LEFT JOIN contribution_corrections k ON k.contribution_id = c.id
       WHERE c.id = $1`,
      [contributionId],
    );
    return {
      // JavaScript lengths: the analysis's offsets count UTF-16 code units, PostgreSQL does not.
      bodyLength: row.body.length,
      objectiveCorrection: objectiveCorrectionOf(row),
      analysedObjectives: row.analysed_objectives,
      claims: row.claims ?? [],
      now: row.now.toISOString(),
    };
  }

  async saveObjectives(
    tx: EntityManager,
    contributionId: string,
    objectiveNumbers: number[],
    moderatorId: string,
  ): Promise<ObjectiveCorrection> {
    const [row]: { objectives_corrected_at: Date }[] = await tx.query(
      `INSERT INTO contribution_corrections
         (contribution_id, objective_numbers, objectives_corrected_by, objectives_corrected_at)
       VALUES ($1, $2::int[], $3, now())
       ON CONFLICT (contribution_id) DO UPDATE
         SET objective_numbers = excluded.objective_numbers,
             objectives_corrected_by = excluded.objectives_corrected_by,
             objectives_corrected_at = excluded.objectives_corrected_at
       RETURNING objectives_corrected_at`,
      [contributionId, objectiveNumbers, moderatorId],
    );
    return {
      objectiveNumbers,
      correctedBy: moderatorId,
      correctedAt: row.objectives_corrected_at.toISOString(),
    };
  }

  async saveClaims(
    tx: EntityManager,
    contributionId: string,
    claims: StoredClaimCorrection[],
  ): Promise<void> {
    await tx.query(
      `INSERT INTO contribution_corrections (contribution_id, claims) VALUES ($1, $2::jsonb)
       ON CONFLICT (contribution_id) DO UPDATE SET claims = excluded.claims`,
      [contributionId, JSON.stringify(claims)],
    );
  }

  async log(
    tx: EntityManager,
    entry: CorrectionChange & {
      contributionId: string;
      moderatorId: string;
      reason: string | null;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO contribution_correction_log (contribution_id, moderator_id, what, before, after, reason)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6)`,
      [
        entry.contributionId,
        entry.moderatorId,
        entry.what,
        entry.before === null ? null : JSON.stringify(entry.before),
        JSON.stringify(entry.after),
        entry.reason,
      ],
    );
  }
}
