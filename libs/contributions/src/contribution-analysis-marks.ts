import type { EntityManager } from 'typeorm';

/**
 * What the analysis may change on a contribution, inside the analysis's own transaction: the
 * rows are locked first, so a contribution's queued job and a draft's catch-up that analyse it
 * at the same time write one after the other.
 */
export const contributionAnalysisMarks = {
  async lock(tx: EntityManager, ids: readonly string[]): Promise<void> {
    await tx.query(
      `SELECT id FROM contributions WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
  },

  async markAnalysed(
    tx: EntityManager,
    results: readonly { id: string; language: string }[],
  ): Promise<void> {
    await tx.query(
      `UPDATE contributions c SET language = v.language, status = 'analysed'
         FROM unnest($1::uuid[], $2::text[]) AS v(id, language) WHERE c.id = v.id`,
      [results.map((r) => r.id), results.map((r) => r.language)],
    );
  },
};
