import { MigrationInterface, QueryRunner } from 'typeorm';

/** The reconcile pass looks for work still waiting: these keep its queries off full scans. */
export class ReconcileIndexes1795600000003 implements MigrationInterface {
  name = 'ReconcileIndexes1795600000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX contributions_unanalysed ON contributions (created_at) WHERE status = 'received'`,
    );
    await q.query(
      `CREATE INDEX draft_requests_pending ON draft_requests (created_at) WHERE status = 'pending'`,
    );
    await q.query(`CREATE INDEX rounds_closed ON rounds (closed_at) WHERE status = 'closed'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS contributions_unanalysed`);
    await q.query(`DROP INDEX IF EXISTS draft_requests_pending`);
    await q.query(`DROP INDEX IF EXISTS rounds_closed`);
  }
}
