import { MigrationInterface, QueryRunner } from 'typeorm';

const GCM_OBJECTIVES = `'{${Array.from({ length: 23 }, (_, i) => i + 1).join(',')}}'::int[]`;

/**
 * Moderators' corrections of the analysis. They live apart from contribution_objectives and
 * contribution_analyses, which each reanalysis rewrites, so a reanalysis never erases them.
 */
export class Corrections1795600000005 implements MigrationInterface {
  name = 'Corrections1795600000005';

  async up(q: QueryRunner): Promise<void> {
    // One row per corrected contribution. objective_numbers is null while the analysis's
    // objectives stand; claims holds one correction per span [start, end), ordered by span.
    await q.query(`
      CREATE TABLE contribution_corrections (
        contribution_id uuid PRIMARY KEY REFERENCES contributions(id) ON DELETE CASCADE,
        objective_numbers int[] CHECK (objective_numbers <@ ${GCM_OBJECTIVES}),
        objectives_corrected_by uuid REFERENCES users(id),
        objectives_corrected_at timestamptz,
        claims jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(claims) = 'array'),
        CHECK ((objective_numbers IS NULL) = (objectives_corrected_by IS NULL)
           AND (objective_numbers IS NULL) = (objectives_corrected_at IS NULL))
      )`);

    await q.query(`
      CREATE TABLE contribution_correction_log (
        id bigserial PRIMARY KEY,
        contribution_id uuid NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
        moderator_id uuid NOT NULL REFERENCES users(id),
        what text NOT NULL CHECK (what IN ('objectives','claim')),
        before jsonb,
        after jsonb NOT NULL,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX contribution_correction_log_contribution ON contribution_correction_log (contribution_id, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS contribution_correction_log`);
    await q.query(`DROP TABLE IF EXISTS contribution_corrections`);
  }
}
