/**
 * npm run eval [-- --verbose] [--held-out-details] [--json <file>]
 *
 * The synthesis engine measured against labels: the IMRF Roundtable 1 fixture (languages,
 * contribution objectives, the note's length and verbatim quotes), then the labelled rounds of
 * test/fixtures/eval, one table per split (claims, objectives, kinds, addressees, the note's
 * quotes, coverage and length). --verbose lists the misses of the tuning split; those of the
 * held-out split stay hidden, in print and in the JSON, unless --held-out-details is given, so
 * that no one tunes the engine on them.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  evaluateOnFixture,
  evaluateSplit,
  share,
  type ConsultationFixture,
  type EvaluationReport,
  type EvaluationSummary,
  type LabelledRound,
  type ObjectiveLabels,
  type RoundEvaluation,
  type SplitEvaluation,
  type Tally,
  type TallyBy,
} from '@convene/synthesis';
import { FIXTURES_DIR, readJsonFixture } from '@convene/testing/fixtures';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const heldOutDetails = args.includes('--held-out-details');
const jsonIndex = args.indexOf('--json');
const jsonFile = jsonIndex >= 0 ? args[jsonIndex + 1] : undefined;
if (jsonIndex >= 0 && !jsonFile) throw new Error('--json needs a file name');

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const rate = (t: Tally) => (t.total === 0 ? '-' : `${percent(share(t))} ${t.correct}/${t.total}`);
const clip = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function printImrf(report: EvaluationReport, elapsedMs: number): void {
  const { language, objectives, note } = report;
  console.log(`Synthesis engine on imrf-rt1 (${language.total} contributions)`);
  console.log(
    `language accuracy           ${percent(language.accuracy)} (${language.correct}/${language.total})`,
  );
  for (const miss of language.misses) console.log(`  ${miss}`);
  console.log(
    `objective top-1 accuracy    ${percent(objectives.top1Accuracy)} of ${objectives.labelled} labelled contributions`,
  );
  console.log(
    `objective assignment        precision ${percent(objectives.precision)}, recall ${percent(objectives.recall)}, F1 ${percent(objectives.f1)}`,
  );
  console.log(
    `no objective when labelled none: ${objectives.unlabelledLeftOut}/${objectives.unlabelled}`,
  );
  console.log(
    `note word count             ${note.wordCount} for a target of ${note.target} (${note.deviation >= 0 ? '+' : ''}${percent(note.deviation)})`,
  );
  console.log(
    `quotes found verbatim       ${percent(note.quotes.share)} (${note.quotes.verbatim}/${note.quotes.total})`,
  );
  for (const failure of note.quotes.failures)
    console.log(`  not verbatim in ${failure.section}: ${failure.quote}`);
  console.log(`deterministic               ${report.deterministic ? 'yes' : 'NO'}`);
  console.log(`time (two full runs)        ${elapsedMs.toFixed(0)} ms`);
  if (!verbose) return;
  console.log('\nper contribution: ref  language  labels -> assigned (best)');
  for (const c of report.perContribution) {
    console.log(
      `  ${c.ref.padEnd(8)} ${c.language}  [${c.expected.join(',')}] -> [${c.assigned.join(',')}] (${c.best ?? '-'})`,
    );
  }
}

type Row = [label: string, cell: (s: EvaluationSummary, r?: RoundEvaluation) => string];

/** A metric, then one row per language under it. */
function withLanguages(
  label: string,
  total: (s: EvaluationSummary) => Tally,
  by: (s: EvaluationSummary) => TallyBy,
  languages: readonly string[],
): Row[] {
  return [
    [label, (s) => rate(total(s))],
    ...languages.map((l): Row => [`  ${l}`, (s) => (by(s)[l] ? rate(by(s)[l]) : '-')]),
  ];
}

function printSplit(evaluation: SplitEvaluation): void {
  const { pooled, rounds } = evaluation;
  const languages = Object.keys(pooled.languageBy).sort();
  const of = (s: EvaluationSummary, n: number) => `${n}/${s.note.quotes}`;
  const rows: Row[] = [
    ['contributions', (s) => String(s.contributions)],
    ...withLanguages(
      'language accuracy',
      (s) => s.language,
      (s) => s.languageBy,
      languages,
    ),
    ...withLanguages(
      'contribution objective top-1',
      (s) => s.objectiveTop1,
      (s) => s.objectiveTop1By,
      languages,
    ),
    ['labelled claims', (s) => String(s.claims.objective.total)],
    ['claim span as labelled', (s) => rate(s.claims.span)],
    ...withLanguages(
      'claim objective accuracy',
      (s) => s.claims.objective,
      (s) => s.claims.objectiveBy,
      languages,
    ),
    ...withLanguages(
      'claim kind accuracy',
      (s) => s.claims.kind,
      (s) => s.claims.kindBy,
      languages,
    ),
    ...withLanguages(
      'addressee accuracy (recs)',
      (s) => s.claims.addressee,
      (s) => s.claims.addresseeBy,
      languages,
    ),
    [
      'note words / target',
      (s, r) =>
        r
          ? `${r.words.count}/${r.words.target} ${r.words.deviation >= 0 ? '+' : ''}${percent(r.words.deviation)}`
          : `${s.note.withinWordTarget.correct}/${s.note.withinWordTarget.total} within`,
    ],
    ['quotes', (s) => String(s.note.quotes)],
    ['quotes cut', (s) => of(s, s.note.quotesCut)],
    ['quotes not verbatim', (s) => of(s, s.note.quotesNotVerbatim)],
    ['quotes repeated', (s) => of(s, s.note.quotesRepeated)],
    ['quotes misplaced', (s) => of(s, s.note.quotesMisplaced)],
    [
      'FR/ES quotes without english',
      (s) => `${s.note.foreignQuotesWithoutEnglish}/${s.note.foreignQuotes}`,
    ],
    ['false "nothing found" lines', (s) => String(s.note.falseNothingFound)],
    ['refs/UUIDs in Markdown', (s) => String(s.note.idsInMarkdown)],
    ['coverage', (s) => rate(s.note.coverage)],
    ['paragraphs without kind', (s) => `${s.note.paragraphsWithoutKind}/${s.note.paragraphs}`],
  ];
  const header = ['', 'pooled', ...rounds.map((r) => r.name)];
  const table = [
    header,
    ...rows.map(([label, cell]) => [label, cell(pooled), ...rounds.map((r) => cell(r.summary, r))]),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  console.log(
    `\nSplit ${evaluation.split}: ${rounds.length} rounds, ${pooled.contributions} contributions`,
  );
  for (const [i, row] of table.entries()) {
    console.log(
      row
        .map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j])))
        .join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const objectiveName = (n: number | null | undefined) =>
  n === null || n === undefined ? 'none' : String(n);

function printMisses(round: RoundEvaluation): void {
  const { contributions, claimMisses, note } = round.details;
  console.log(`\nMisses in ${round.name}`);
  for (const c of contributions) {
    const parts = [
      ...(c.detected !== c.language ? [`language ${c.language} read as ${c.detected}`] : []),
      ...(c.objectives.length > 0 && (c.best === undefined || !c.objectives.includes(c.best))
        ? [`objectives [${c.objectives.join(',')}], best ${objectiveName(c.best)}`]
        : []),
    ];
    console.log(`  ${c.ref}  ${parts.join('; ')}`);
  }
  for (const j of claimMisses) {
    const { labelled, found } = j;
    const parts: string[] = [];
    if (found?.objective !== labelled.objective)
      parts.push(
        `objective ${objectiveName(labelled.objective)} → ${objectiveName(found?.objective)}`,
      );
    if (found?.kind !== labelled.kind)
      parts.push(`kind ${labelled.kind} → ${found?.kind ?? 'no claim'}`);
    if (labelled.kind === 'recommendation' && found?.addressee !== labelled.addressee)
      parts.push(`addressee ${labelled.addressee ?? 'none'} → ${found?.addressee ?? 'none'}`);
    const where = j.place === 'body' ? '' : ` (reply ${j.place + 1})`;
    console.log(`  ${j.ref}${where}  ${parts.join('; ')}  “${clip(j.text)}”`);
  }
  const quoteLists = [
    ['cut', note.cut],
    ['not verbatim', note.notVerbatim],
    ['repeated', note.repeated],
    ['misplaced', note.misplaced],
    ['without english', note.withoutEnglish],
  ] as const;
  for (const [what, list] of quoteLists)
    for (const q of list) console.log(`  quote ${what}  ${q.ref}  ${q.why}  “${clip(q.quote)}”`);
  for (const line of note.falseNothingFound)
    console.log(`  false "nothing found" in ${line.section}: ${clip(line.sentence)}`);
  for (const id of note.idsInMarkdown) console.log(`  id in Markdown: ${id}`);
  for (const ref of note.uncovered) console.log(`  not covered: ${ref}`);
  for (const p of note.paragraphsWithoutKind)
    console.log(`  paragraph without kind in ${p.section}: ${p.kind}`);
}

const started = process.hrtime.bigint();
const imrf = evaluateOnFixture(
  readJsonFixture<ConsultationFixture>('imrf-rt1.json'),
  readJsonFixture<ObjectiveLabels>('imrf-rt1-labels.json'),
);
printImrf(imrf, Number(process.hrtime.bigint() - started) / 1e6);

const labelled = readdirSync(resolve(FIXTURES_DIR, 'eval'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({
    name: f.replace(/\.json$/, ''),
    round: readJsonFixture<LabelledRound>(`eval/${f}`),
  }));
const splits = (['tuning', 'held-out'] as const)
  .map((split) => ({ split, rounds: labelled.filter((r) => r.round.split === split) }))
  .filter(({ rounds }) => rounds.length > 0)
  .map(({ split, rounds }) => evaluateSplit(split, rounds));

for (const evaluation of splits) printSplit(evaluation);
const showDetails = (e: SplitEvaluation) => e.split === 'tuning' || heldOutDetails;
if (verbose)
  for (const evaluation of splits.filter(showDetails)) evaluation.rounds.forEach(printMisses);
console.log(
  `\ntime, all rounds: ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`,
);

if (jsonFile) {
  const report = {
    imrf,
    splits: splits.map((e) =>
      showDetails(e) ? e : { ...e, rounds: e.rounds.map(({ details: _, ...round }) => round) },
    ),
  };
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`report written to ${jsonFile}`);
}
