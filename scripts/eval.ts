/**
 * npm run eval: the synthesis engine on the IMRF Roundtable 1 fixture, measured against the
 * fixture's languages, the objective labels in test/fixtures/imrf-rt1-labels.json, the note's
 * word target and the verbatim check of its quotations.
 */
import {
  evaluateOnFixture,
  type ConsultationFixture,
  type ObjectiveLabels,
} from '@convene/synthesis';
import { readJsonFixture } from '@convene/testing/fixtures';

const fixture = readJsonFixture<ConsultationFixture>('imrf-rt1.json');
const labels = readJsonFixture<ObjectiveLabels>('imrf-rt1-labels.json');

const started = process.hrtime.bigint();
const report = evaluateOnFixture(fixture, labels);
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
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
console.log('\nper contribution: ref  language  labels -> assigned (best)');
for (const c of report.perContribution) {
  console.log(
    `  ${c.ref.padEnd(8)} ${c.language}  [${c.expected.join(',')}] -> [${c.assigned.join(',')}] (${c.best ?? '-'})`,
  );
}
