import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who reads a round's syntheses and notes: its moderators and co-chairs until one publishes. */
export class NotesVisibility1795600000004 implements MigrationInterface {
  name = 'NotesVisibility1795600000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE rounds ADD COLUMN notes_visibility text NOT NULL DEFAULT 'restricted'
        CONSTRAINT rounds_notes_visibility_check CHECK (notes_visibility IN ('restricted','published'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rounds DROP COLUMN notes_visibility`);
  }
}
