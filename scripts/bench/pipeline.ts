/**
 * Drafting through the real worker: a closed round of 10,000 analysed contributions (built from
 * the fixture's sentences) in PostgreSQL, the built worker process started on it, and the time
 * from the close to the stored note, with the worker's peak resident memory. Unlike the engine
 * bench, this counts the queries, the BullMQ flow and the writes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AnalysisRepository } from '@convene/analysis';
import { STAKEHOLDER_TYPES } from '@convene/common';
import { FIXTURES_DIR } from '@convene/testing/fixtures';
import { dataSourceOptions, dropDatabase, migrate } from '@convene/database';
import { redisOptionsFromUrl } from '@convene/messaging';
import { analyseContribution } from '@convene/synthesis';
import { buildContributions, type Fixture } from './drafting';
import { Child } from '../child-process';
import { deleteRedisKeys, stderrTo } from './ingest';

const ROOT = resolve(__dirname, '..', '..');
const WORKER_MAIN = resolve(ROOT, 'dist/apps/worker/main.js');
const FIXTURE = resolve(FIXTURES_DIR, 'imrf-rt1.json');
const SIZES = [1_000, 10_000];
const TARGET = { contributions: 10_000, maxSeconds: 10, maxMiB: 1024 };
const BATCH = 2_000;
const log = (line: string) => process.stdout.write(`  [pipeline] ${line}\n`);

export interface PipelineSizeResult {
  contributions: number;
  /** Time the analyses took in the bench process (in production, at submission). */
  analysisMs: number;
  /** From the close's commit to the stored note. */
  closeToNoteMs: number;
  workerPeakRssMiB: number | null;
  noteWords: number;
}

export interface PipelineResult extends Record<string, unknown> {
  results: PipelineSizeResult[];
  target: typeof TARGET & { met: boolean };
}

/** Peak resident set of a process since it started (Linux). */
function peakRssMiB(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

async function seedRound(
  db: DataSource,
  fixture: Fixture,
  size: number,
): Promise<{ roundId: string; analysisMs: number }> {
  const users: { id: string; stakeholder_type: string }[] = await db.query(
    `INSERT INTO users (email, password_hash, display_name, stakeholder_type, roles)
     SELECT 'bench-' || t || '@convene-bench.example', 'not-a-hash', 'Bench ' || t, t,
            CASE WHEN t = 'un_entity' THEN '{stakeholder,moderator,co_chair}'::text[] ELSE '{stakeholder}' END
       FROM unnest($1::text[]) AS t
     RETURNING id, stakeholder_type`,
    [STAKEHOLDER_TYPES],
  );
  const userOf = new Map(users.map((u) => [u.stakeholder_type, u.id]));
  const chair = userOf.get('un_entity')!;
  const [{ id: roundId }] = await db.query(
    `INSERT INTO rounds (title, description, objective_numbers, languages, closes_at, note_word_target, status, created_by, opened_at)
     VALUES ($1, $2, $3, '{en,fr,es}', now() + interval '1 day', $4, 'open', $5, now()) RETURNING id`,
    [
      fixture.round.title,
      fixture.round.description ?? '',
      fixture.round.objectiveNumbers,
      fixture.round.noteWordTarget ?? 1000,
      chair,
    ],
  );
  await db.query(
    `INSERT INTO round_members (round_id, user_id, role) VALUES ($1, $2, 'moderator'), ($1, $2, 'co_chair')`,
    [roundId, chair],
  );
  for (const q of fixture.round.questions) {
    await db.query(
      `INSERT INTO questions (round_id, number, text_en, text_fr, text_es) VALUES ($1, $2, $3, $4, $5)`,
      [roundId, q.number, q.text.en, q.text.fr ?? null, q.text.es ?? null],
    );
  }

  const synthetic = buildContributions(fixture, size, size);
  const analyses = new AnalysisRepository(db);
  let analysisMs = 0;
  for (let i = 0; i < synthetic.length; i += BATCH) {
    const batch = synthetic.slice(i, i + BATCH);
    const rows: { id: string }[] = await db.query(
      `INSERT INTO contributions (round_id, question_number, author_id, body, declared_language)
       SELECT $1, * FROM unnest($2::int[], $3::uuid[], $4::text[], $5::text[]) RETURNING id`,
      [
        roundId,
        batch.map((c) => c.questionNumber),
        batch.map((c) => userOf.get(c.stakeholderType)!),
        batch.map((c) => c.text),
        batch.map((c) => c.language),
      ],
    );
    const started = Date.now();
    const results = batch.map((c, k) => ({
      id: rows[k].id,
      ...analyseContribution({
        text: c.text,
        declaredLanguage: c.language,
        roundObjectives: fixture.round.objectiveNumbers,
      }),
    }));
    analysisMs += Date.now() - started;
    await analyses.save(results);
  }
  log(`${size} contributions stored and analysed (engine ${analysisMs} ms)`);
  return { roundId, analysisMs };
}

async function runSize(fixture: Fixture, size: number): Promise<PipelineSizeResult> {
  const dbName = `convene_bench_pipeline_${process.pid}`;
  const prefix = `convene-bench-pipeline-${process.pid}`;
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/convene');
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  await dropDatabase(databaseUrl);
  await migrate(databaseUrl);
  const db = new DataSource(dataSourceOptions(databaseUrl, { max: 4 }));
  await db.initialize();
  const drafting = new Queue('drafting', { prefix, connection: redisOptionsFromUrl(redisUrl) });
  let worker: Child | undefined;
  try {
    const { roundId, analysisMs } = await seedRound(db, fixture, size);
    worker = new Child(
      'worker',
      [WORKER_MAIN],
      {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: prefix,
        JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
        LOG_LEVEL: 'warn',
        OUTBOX_POLL_MS: '50',
      },
      stderrTo('worker', log),
    );
    for (let i = 0; (await drafting.getWorkersCount()) === 0; i++) {
      if (!worker.alive || i > 600)
        throw new Error(`the worker did not start: ${worker.lastLines()}`);
      await sleep(50);
    }

    // The close, as CloseRoundHandler commits it: the state and its event together.
    const started = Date.now();
    await db.transaction(async (tx) => {
      await tx.query(`UPDATE rounds SET status = 'closed', closed_at = now() WHERE id = $1`, [
        roundId,
      ]);
      await tx.query(`INSERT INTO outbox (type, payload) VALUES ('round.closed', $1)`, [
        JSON.stringify({ roundId, closedBy: 'moderator' }),
      ]);
    });
    let note: { word_count: number } | undefined;
    while (!note) {
      if (!worker.alive) throw new Error(`the worker died: ${worker.lastLines()}`);
      if (Date.now() - started > 120_000) throw new Error('no note after 120 s');
      await sleep(25);
      [note] = await db.query(`SELECT word_count FROM background_notes WHERE round_id = $1`, [
        roundId,
      ]);
    }
    const closeToNoteMs = Date.now() - started;
    const result = {
      contributions: size,
      analysisMs,
      closeToNoteMs,
      workerPeakRssMiB: peakRssMiB(worker.pid),
      noteWords: note.word_count,
    };
    log(
      `${size}: close → note ${closeToNoteMs} ms, worker peak RSS ${result.workerPeakRssMiB} MiB`,
    );
    return result;
  } finally {
    await worker?.stop();
    await drafting.close();
    await db.destroy();
    await dropDatabase(databaseUrl);
    await deleteRedisKeys(redisUrl, prefix);
  }
}

export async function runPipelineBench(): Promise<PipelineResult> {
  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Fixture;
  const results: PipelineSizeResult[] = [];
  for (const size of SIZES) results.push(await runSize(fixture, size));
  const measured = results.find((r) => r.contributions === TARGET.contributions)!;
  return {
    results,
    target: {
      ...TARGET,
      met:
        measured.closeToNoteMs < TARGET.maxSeconds * 1000 &&
        (measured.workerPeakRssMiB ?? Infinity) < TARGET.maxMiB,
    },
  };
}
