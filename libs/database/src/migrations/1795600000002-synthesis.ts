import { MigrationInterface, QueryRunner } from 'typeorm';

export class Synthesis1795600000002 implements MigrationInterface {
  name = 'Synthesis1795600000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contribution_analyses (
        contribution_id uuid PRIMARY KEY REFERENCES contributions(id) ON DELETE CASCADE,
        language text NOT NULL CHECK (language IN ('en','fr','es','other')),
        sentences jsonb NOT NULL,
        analysed_at timestamptz NOT NULL DEFAULT now()
      )`);

    // One row per draft asked for; its id names the BullMQ flow's jobs, so a redelivered
    // request cannot start a second flow. source_key makes the request itself idempotent.
    await q.query(`
      CREATE TABLE draft_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        round_id uuid NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('round_closed','requested','moderation')),
        requested_by uuid REFERENCES users(id),
        source_key text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','done','superseded')),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX draft_requests_round ON draft_requests (round_id, seq DESC)`);

    await q.query(`
      CREATE TABLE syntheses (
        draft_request_id uuid NOT NULL REFERENCES draft_requests(id) ON DELETE CASCADE,
        objective_number int NOT NULL REFERENCES objectives(number),
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (draft_request_id, objective_number)
      )`);

    await q.query(`
      CREATE TABLE background_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        draft_request_id uuid NOT NULL UNIQUE REFERENCES draft_requests(id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version > 0),
        title text NOT NULL,
        word_count int NOT NULL,
        word_target int NOT NULL,
        sections jsonb NOT NULL,
        markdown text NOT NULL,
        generated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (round_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'background_notes',
      'syntheses',
      'draft_requests',
      'contribution_analyses',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
  }
}
