import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795600000000 implements MigrationInterface {
  name = 'InitialSchema1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        organisation text,
        stakeholder_type text NOT NULL,
        roles text[] NOT NULL DEFAULT '{stakeholder}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_roles_known CHECK (roles <@ ARRAY['admin','moderator','co_chair','stakeholder']::text[])
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await q.query(`
      CREATE TABLE objectives (
        number int PRIMARY KEY CHECK (number BETWEEN 1 AND 23),
        title_en text NOT NULL,
        title_fr text NOT NULL,
        title_es text NOT NULL
      )`);

    await q.query(`
      CREATE TABLE rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL,
        objective_numbers int[] NOT NULL,
        languages text[] NOT NULL,
        closes_at timestamptz NOT NULL,
        note_word_target int NOT NULL DEFAULT 1000,
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft','open','closed','synthesizing','drafted')),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        opened_at timestamptz,
        closed_at timestamptz
      )`);
    await q.query(`CREATE INDEX rounds_open_closes_at ON rounds (closes_at) WHERE status = 'open'`);

    await q.query(`
      CREATE TABLE round_members (
        round_id uuid NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        role text NOT NULL CHECK (role IN ('moderator','co_chair')),
        PRIMARY KEY (round_id, user_id, role)
      )`);
    await q.query(`CREATE INDEX round_members_user ON round_members (user_id)`);

    await q.query(`
      CREATE TABLE questions (
        round_id uuid NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number > 0),
        text_en text NOT NULL,
        text_fr text,
        text_es text,
        PRIMARY KEY (round_id, number)
      )`);

    await q.query(`
      CREATE TABLE contributions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL,
        question_number int NOT NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL,
        declared_language text,
        language text,
        declared_objectives int[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'received' CHECK (status IN ('received','analysed')),
        hidden boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        FOREIGN KEY (round_id, question_number) REFERENCES questions (round_id, number)
      )`);
    await q.query(
      `CREATE INDEX contributions_round_order ON contributions (round_id, created_at, id)`,
    );
    await q.query(`CREATE INDEX contributions_author ON contributions (author_id)`);

    await q.query(`
      CREATE TABLE contribution_objectives (
        contribution_id uuid NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
        objective_number int NOT NULL REFERENCES objectives(number),
        score real NOT NULL,
        source text NOT NULL CHECK (source IN ('declared','explicit','inferred')),
        PRIMARY KEY (contribution_id, objective_number)
      )`);
    await q.query(
      `CREATE INDEX contribution_objectives_objective ON contribution_objectives (objective_number)`,
    );

    await q.query(`
      CREATE TABLE replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contribution_id uuid NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
        parent_reply_id uuid REFERENCES replies(id),
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL,
        is_moderator_reply boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX replies_contribution ON replies (contribution_id, created_at)`);

    await q.query(`
      CREATE TABLE moderation_log (
        id bigserial PRIMARY KEY,
        contribution_id uuid NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
        moderator_id uuid NOT NULL REFERENCES users(id),
        action text NOT NULL CHECK (action IN ('hide','restore')),
        reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX moderation_log_contribution ON moderation_log (contribution_id, id)`,
    );

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        type text NOT NULL,
        round_id uuid REFERENCES rounds(id) ON DELETE CASCADE,
        contribution_id uuid REFERENCES contributions(id) ON DELETE CASCADE,
        reply_id uuid REFERENCES replies(id) ON DELETE CASCADE,
        source_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT notifications_once UNIQUE (user_id, source_key)
      )`);
    await q.query(`CREATE INDEX notifications_user ON notifications (user_id, created_at DESC)`);

    // The outbox: state changes and the events they raise commit together.
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending ON outbox (id) WHERE dispatched_at IS NULL`);
    await q.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('convene_outbox', '');
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users(id),
        key text NOT NULL,
        request_hash text NOT NULL,
        status_code int NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
    await q.query(`CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'idempotency_keys',
      'outbox',
      'notifications',
      'moderation_log',
      'replies',
      'contribution_objectives',
      'contributions',
      'questions',
      'round_members',
      'rounds',
      'objectives',
      'users',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS outbox_notify()`);
  }
}
