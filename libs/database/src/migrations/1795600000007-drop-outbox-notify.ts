import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox's NOTIFY trigger goes: nothing listens (the relay polls), and NOTIFY takes a
 * cluster-wide lock at commit, which serialises every submission's commit behind the others.
 */
export class DropOutboxNotify1795600000007 implements MigrationInterface {
  name = 'DropOutboxNotify1795600000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outbox_notify ON outbox`);
    await q.query(`DROP FUNCTION outbox_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('convene_outbox', '');
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
  }
}
