import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each contribution's claims, read once by the analysis so a draft only groups them. Null for
 * contributions analysed before claims existed: the draft reads those from the text.
 */
export class AnalysisClaims1795600000006 implements MigrationInterface {
  name = 'AnalysisClaims1795600000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contribution_analyses ADD COLUMN claims jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contribution_analyses DROP COLUMN claims`);
  }
}
