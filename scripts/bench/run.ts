/**
 * `npm run bench`: builds the apps, runs the benchmarks, prints a summary
 * and writes everything to out/bench-<timestamp>.json.
 *
 * Exit code: 0 when every benchmark ran, whether or not it met its targets (a missed target is
 * printed as FAIL); non-zero only when a benchmark itself broke.
 *
 * `npm run bench -- ingest` runs only the named benchmarks.
 *
 * Adding a benchmark is one more entry in BENCHES. `run` returns any JSON-able record;
 * `summarize` (optional) turns it into table rows, else the record's top-level numbers, strings
 * and booleans are shown. A `pass: false` in the record marks a missed target.
 */
import { execSync, spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { runDraftingBench, type DraftingResult } from './drafting';
import { runIngestBench, type IngestResult } from './ingest';
import { runPipelineBench, type PipelineResult } from './pipeline';

const ROOT = resolve(__dirname, '..', '..');
const API_MAIN = resolve(ROOT, 'dist/apps/api/main.js');

export interface SummaryRow {
  metric: string;
  value: string;
  target?: string;
  verdict?: 'PASS' | 'FAIL' | 'info';
}

export interface Bench {
  name: string;
  run: () => Promise<Record<string, unknown>>;
  summarize?: (result: Record<string, unknown>) => SummaryRow[];
}

const BENCHES: Bench[] = [
  {
    name: 'ingest',
    run: () => runIngestBench(),
    summarize: (result) => summarizeIngest(result as IngestResult),
  },
  {
    name: 'drafting',
    run: () => runDraftingBench(),
    summarize: (result) => summarizeDrafting(result as DraftingResult),
  },
  {
    name: 'pipeline',
    run: () => runPipelineBench(),
    summarize: (result) => summarizePipeline(result as PipelineResult),
  },
];

const out = (line = '') => process.stdout.write(`${line}\n`);
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

function summarizeIngest(r: IngestResult): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const [label, s] of [
    ['baseline (node:http + pg)', r.baseline],
    ['app (built API)', r.app],
  ] as const) {
    rows.push(
      { metric: `${label} req/s`, value: `${s.requestsPerSecond}` },
      { metric: `${label} p50 / p99 at saturation`, value: `${s.p50Ms} ms / ${s.p99Ms} ms` },
      { metric: `${label} non-2xx / errors`, value: `${s.non2xx} / ${s.errors}` },
      {
        metric: `${label} CPU / request`,
        value: `server ${s.serverUsPerRequest ?? '?'} µs, postgres ${s.postgresUsPerRequest ?? '?'} µs`,
      },
    );
  }
  rows.push(
    {
      metric: 'ratio app/baseline',
      value: `${r.ratio} (per repeat: ${r.ratioPerRepeat.join(', ')})`,
      target: `≥ ${r.targets.ratio.min}`,
      verdict: verdict(r.targets.ratio.pass),
    },
    {
      metric: `p99 at ${r.latencyAtRate.offeredRequestsPerSecond} req/s (0.7 × baseline)`,
      value:
        `app ${r.latencyAtRate.app.p99} ms (p50 ${r.latencyAtRate.app.p50} ms), ` +
        `baseline ${r.latencyAtRate.baseline.p99} ms`,
      target: `app < ${r.targets.appP99Ms.max} ms`,
      verdict: verdict(r.targets.appP99Ms.pass),
    },
  );
  const { maxOtherCores, retriedRuns, suspectRuns } = r.interference;
  rows.push({
    metric: 'other load on the machine',
    value: suspectRuns.length
      ? `SUSPECT, numbers unreliable: ${suspectRuns.join('; ')}`
      : `at most ${maxOtherCores ?? '?'} cores` +
        (retriedRuns ? ` (${retriedRuns} disturbed runs were run again)` : ''),
  });
  const i = r.integrity;
  rows.push(
    { metric: 'rows in contributions / outbox', value: `${i.contributionRows} / ${i.outboxRows}` },
    {
      metric: '2xx answers: ids found / lost',
      value: `${i.responses2xx}: ${i.acknowledgedFound} / ${i.lost}`,
      target: 'lost = 0',
      verdict: verdict(i.ok),
    },
    {
      metric: 'rows beyond 2xx (cut in flight)',
      value: `${i.storedUnacknowledged} (${i.cutInFlight} requests unanswered at run ends)`,
    },
  );
  return rows;
}

function summarizeDrafting(r: DraftingResult): SummaryRow[] {
  const rows: SummaryRow[] = r.results.map((size) => ({
    metric: `${size.contributions} contributions`,
    value:
      `after close ${(size.afterCloseMs / 1000).toFixed(2)} s (synthesis ${size.synthesisMs} ms, ` +
      `note ${size.draftingMs} ms; analysis at submission ${size.analysisMs} ms), ` +
      `peak RSS ${size.peakRssMiB} MiB, ${size.noteWords} words`,
    ...(size.contributions === r.target.contributions
      ? {
          target: `< ${r.target.maxSeconds} s, < ${r.target.maxMiB} MiB`,
          verdict: verdict(r.target.met),
        }
      : {}),
  }));
  rows.push({
    metric: 'growth of time',
    value: r.growth.map((g) => `×${g.sizeRatio} size → ×${g.timeRatio} time`).join('; '),
  });
  return rows;
}

function summarizePipeline(r: PipelineResult): SummaryRow[] {
  return r.results.map((size) => ({
    metric: `${size.contributions} contributions, close → note (worker)`,
    value:
      `${(size.closeToNoteMs / 1000).toFixed(2)} s, worker peak RSS ${size.workerPeakRssMiB} MiB, ` +
      `${size.noteWords} words (analysis at submission: ${size.analysisMs} ms)`,
    ...(size.contributions === r.target.contributions
      ? {
          target: `< ${r.target.maxSeconds} s, < ${r.target.maxMiB} MiB`,
          verdict: verdict(r.target.met),
        }
      : {}),
  }));
}

function defaultSummary(result: Record<string, unknown>): SummaryRow[] {
  return Object.entries(result)
    .filter(([, v]) => ['number', 'string', 'boolean'].includes(typeof v))
    .map(([metric, v]) => ({
      metric,
      value: String(v),
      verdict: metric === 'pass' ? verdict(v === true) : undefined,
    }));
}

function printTable(rows: SummaryRow[]): void {
  const width = (pick: (r: SummaryRow) => string) => Math.max(...rows.map((r) => pick(r).length));
  const w = [width((r) => r.metric), width((r) => r.value), width((r) => r.target ?? '')];
  for (const r of rows) {
    out(
      `  ${r.metric.padEnd(w[0])}  ${r.value.padEnd(w[1])}  ${(r.target ?? '').padEnd(w[2])}  ` +
        (r.verdict && r.verdict !== 'info' ? r.verdict : ''),
    );
  }
}

// Always rebuilt: a stale dist/ would measure code that is no longer in the tree.
function build(): { distModifiedAt: string } {
  execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  return { distModifiedAt: new Date(statSync(API_MAIN).mtimeMs).toISOString() };
}

function git(args: string[]): string | null {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !BENCHES.some((b) => b.name === name));
  if (unknown.length > 0) {
    out(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const selected = wanted.length ? BENCHES.filter((b) => wanted.includes(b.name)) : BENCHES;
  const startedAt = new Date();
  const built = build();

  const benches: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const report: Record<string, unknown> = {
    startedAt: startedAt.toISOString(),
    git: {
      commit: git(['rev-parse', 'HEAD']),
      dirty: (git(['status', '--porcelain']) ?? '') !== '',
    },
    build: built,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: process.platform,
    },
    benches,
    errors,
  };
  const summaries: { name: string; rows: SummaryRow[] }[] = [];

  for (const bench of selected) {
    out(`\n== ${bench.name} ==`);
    const started = Date.now();
    try {
      const result = await bench.run();
      benches[bench.name] = { ...result, wallSeconds: (Date.now() - started) / 1000 };
      summaries.push({ name: bench.name, rows: (bench.summarize ?? defaultSummary)(result) });
    } catch (error) {
      const message = (error as Error).stack ?? String(error);
      errors[bench.name] = message;
      out(`${bench.name}: BROKEN: ${message}`);
    }
  }

  report.finishedAt = new Date().toISOString();
  const outDir = resolve(ROOT, 'out');
  mkdirSync(outDir, { recursive: true });
  const file = resolve(outDir, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

  out('\n== summary ==');
  for (const { name, rows } of summaries) {
    out(`${name}:`);
    printTable(rows);
  }
  for (const name of Object.keys(errors)) out(`${name}: BROKEN (see above)`);
  const missed = summaries.flatMap(({ name, rows }) =>
    rows.filter((r) => r.verdict === 'FAIL').map((r) => `${name}: ${r.metric}`),
  );
  out(
    missed.length
      ? `\nTARGETS MISSED (${missed.length}): ${missed.join('; ')}`
      : summaries.length
        ? '\nall targets met'
        : '',
  );
  out(`results: ${file}`);
  return Object.keys(errors).length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`bench: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
