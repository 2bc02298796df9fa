import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { contributionAnalysisMarks } from '@convene/contributions';
import type { AnalyseContributionInput, ContributionAnalysis } from '@convene/synthesis';

export interface AnalysisInput extends AnalyseContributionInput {
  id: string;
}

export interface AnalysisResult extends ContributionAnalysis {
  id: string;
}

/** Reads what the analysis needs and writes what it found, a batch per statement. */
@Injectable()
export class AnalysisRepository {
  constructor(private readonly dataSource: DataSource) {}

  async inputs(contributionIds: readonly string[]): Promise<AnalysisInput[]> {
    const rows: {
      id: string;
      body: string;
      declared_language: string | null;
      declared_objectives: number[];
      round_objectives: number[];
    }[] = await this.dataSource.query(
      `SELECT c.id, c.body, c.declared_language, c.declared_objectives,
              r.objective_numbers AS round_objectives
         FROM contributions c JOIN rounds r ON r.id = c.round_id
        WHERE c.id = ANY($1::uuid[]) ORDER BY c.id`,
      [contributionIds],
    );
    return rows.map((r) => ({
      id: r.id,
      text: r.body,
      declaredLanguage: r.declared_language ?? undefined,
      declaredObjectives: r.declared_objectives,
      roundObjectives: r.round_objectives,
    }));
  }

  /** Contributions of a round that no analysis has reached yet (its job may still be queued). */
  async unanalysed(roundId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM contributions c
        WHERE c.round_id = $1
          AND NOT EXISTS (SELECT 1 FROM contribution_analyses a WHERE a.contribution_id = c.id)
        ORDER BY c.id`,
      [roundId],
    );
    return rows.map((r) => r.id);
  }

  async save(results: readonly AnalysisResult[]): Promise<void> {
    if (results.length === 0) return;
    const ids = results.map((r) => r.id);
    const objectives = results.flatMap((r) => r.objectives.map((o) => ({ id: r.id, ...o })));
    await this.dataSource.transaction(async (tx) => {
      await contributionAnalysisMarks.lock(tx, ids);
      await tx.query(
        `INSERT INTO contribution_analyses (contribution_id, language, sentences, claims)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::jsonb[])
         ON CONFLICT (contribution_id) DO UPDATE
           SET language = excluded.language, sentences = excluded.sentences,
               claims = excluded.claims, analysed_at = now()`,
        [
          ids,
          results.map((r) => r.language),
          // Offsets only: the text of each sentence and claim is a slice of the body.
          results.map((r) => JSON.stringify(r.sentences.map((s) => [s.start, s.end]))),
          results.map((r) => JSON.stringify(r.claims)),
        ],
      );
      await tx.query(
        `DELETE FROM contribution_objectives WHERE contribution_id = ANY($1::uuid[])`,
        [ids],
      );
      await tx.query(
        `INSERT INTO contribution_objectives (contribution_id, objective_number, score, source)
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::real[], $4::text[])`,
        [
          objectives.map((o) => o.id),
          objectives.map((o) => o.number),
          objectives.map((o) => o.score),
          objectives.map((o) => o.source),
        ],
      );
      await contributionAnalysisMarks.markAnalysed(tx, results);
    });
  }
}
