/**
 * Drafting benchmark: 1,000, 10,000 and 50,000 synthetic contributions made of the sentences of
 * the IMRF fixture (seeded shuffles, stakeholder types and languages), through analysis,
 * per-objective synthesis and drafting. Reports time per stage and peak memory (sampled between
 * steps) per size, and how total time grows from one size to the next.
 * Aim: 10,000 contributions drafted in under 10 s and 1 GiB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyseContribution,
  contributionsForObjective,
  draftBackgroundNote,
  splitSentences,
  synthesiseObjective,
  type AnalysedContribution,
  type ContributionLanguage,
  type ModeratorReply,
} from '@convene/synthesis';
import { STAKEHOLDER_TYPES } from '@convene/common';
import { FIXTURES_DIR } from '@convene/testing/fixtures';
import { mulberry32 } from './ingest';

export interface Fixture {
  round: {
    title: string;
    description: string;
    objectiveNumbers: number[];
    noteWordTarget?: number;
    questions: { number: number; text: { en: string; fr?: string; es?: string } }[];
  };
  contributions: {
    ref: string;
    question: number;
    text: string;
    language: ContributionLanguage;
    replies: { text: string }[];
  }[];
}

const FIXTURE = join(FIXTURES_DIR, 'imrf-rt1.json');
const SIZES = [1_000, 10_000, 50_000];
const MiB = 1024 * 1024;

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export interface Synthetic {
  id: string;
  text: string;
  language: ContributionLanguage;
  stakeholderType: string;
  questionNumber: number;
}

/** Contributions of 2 to 8 sentences of one language, drawn in a seeded shuffled order. */
export function buildContributions(fixture: Fixture, count: number, seed: number): Synthetic[] {
  const random = mulberry32(seed);
  const byLanguage = new Map<ContributionLanguage, string[]>();
  for (const c of fixture.contributions) {
    const list = byLanguage.get(c.language) ?? [];
    list.push(...splitSentences(c.text, c.language).map((s) => s.text));
    byLanguage.set(c.language, list);
  }
  // Languages in the fixture's proportions.
  const languages = fixture.contributions.map((c) => c.language);
  const decks = new Map(
    [...byLanguage].map(([l, s]) => [l, { cards: shuffled(s, random), next: 0 }]),
  );
  const questions = fixture.round.questions.map((q) => q.number);
  const contributions: Synthetic[] = [];
  for (let i = 0; i < count; i++) {
    const language = languages[Math.floor(random() * languages.length)];
    const deck = decks.get(language)!;
    const sentences: string[] = [];
    const length = 2 + Math.floor(random() * 7);
    for (let k = 0; k < length; k++) {
      if (deck.next >= deck.cards.length) {
        deck.cards = shuffled(deck.cards, random);
        deck.next = 0;
      }
      sentences.push(deck.cards[deck.next++]);
    }
    contributions.push({
      id: `c${String(i).padStart(6, '0')}`,
      text: sentences.join(' '),
      language,
      stakeholderType: STAKEHOLDER_TYPES[Math.floor(random() * STAKEHOLDER_TYPES.length)],
      questionNumber: questions[Math.floor(random() * questions.length)],
    });
  }
  return contributions;
}

class PeakMemory {
  rss = 0;
  heapUsed = 0;
  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.rss = Math.max(this.rss, rss);
    this.heapUsed = Math.max(this.heapUsed, heapUsed);
  }
}

function ms(since: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - since) / 1e5) / 10;
}

export interface DraftingSizeResult {
  contributions: number;
  analysisMs: number;
  synthesisMs: number;
  draftingMs: number;
  totalMs: number;
  /** Synthesis and note: what runs once the round closes (the analysis runs at submission). */
  afterCloseMs: number;
  peakRssMiB: number;
  peakHeapUsedMiB: number;
  keyPoints: number;
  noteWords: number;
}

export interface DraftingResult extends Record<string, unknown> {
  results: DraftingSizeResult[];
  growth: { from: number; to: number; sizeRatio: number; timeRatio: number }[];
  target: { contributions: number; maxSeconds: number; maxMiB: number; met: boolean };
}

function runSize(fixture: Fixture, size: number): DraftingSizeResult {
  const synthetic = buildContributions(fixture, size, size);
  const replies: ModeratorReply[] = fixture.contributions.flatMap((c, i) =>
    c.replies.map((r) => ({ contributionId: synthetic[i % synthetic.length].id, text: r.text })),
  );
  global.gc?.();
  const peak = new PeakMemory();
  peak.sample();

  let start = process.hrtime.bigint();
  const analysed: AnalysedContribution[] = [];
  for (const c of synthetic) {
    analysed.push({
      ...c,
      ...analyseContribution({
        text: c.text,
        declaredLanguage: c.language,
        roundObjectives: fixture.round.objectiveNumbers,
      }),
    });
    if (analysed.length % 1000 === 0) peak.sample();
  }
  const analysisMs = ms(start);
  peak.sample();

  start = process.hrtime.bigint();
  const syntheses = fixture.round.objectiveNumbers.map((objectiveNumber) => {
    const synthesis = synthesiseObjective({
      objectiveNumber,
      contributions: contributionsForObjective(analysed, objectiveNumber),
      moderatorReplies: replies,
    });
    peak.sample();
    return synthesis;
  });
  const synthesisMs = ms(start);

  start = process.hrtime.bigint();
  const note = draftBackgroundNote({ round: fixture.round, contributions: analysed });
  const draftingMs = ms(start);
  peak.sample();

  return {
    contributions: size,
    analysisMs,
    synthesisMs,
    draftingMs,
    totalMs: Math.round((analysisMs + synthesisMs + draftingMs) * 10) / 10,
    afterCloseMs: Math.round((synthesisMs + draftingMs) * 10) / 10,
    peakRssMiB: Math.round(peak.rss / MiB),
    peakHeapUsedMiB: Math.round(peak.heapUsed / MiB),
    keyPoints: syntheses.reduce((n, s) => n + s.keyPoints.length, 0),
    noteWords: note.wordCount,
  };
}

/** Runs the three sizes; the growth ratios compare each size's time with the previous one's. */
export async function runDraftingBench(): Promise<DraftingResult> {
  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Fixture;
  const results = SIZES.map((size) => runSize(fixture, size));
  const growth = results.slice(1).map((r, i) => ({
    from: results[i].contributions,
    to: r.contributions,
    sizeRatio: r.contributions / results[i].contributions,
    timeRatio: Math.round((r.totalMs / results[i].totalMs) * 100) / 100,
  }));
  const tenThousand = results.find((r) => r.contributions === 10_000)!;
  return {
    results,
    growth,
    target: {
      contributions: 10_000,
      maxSeconds: 10,
      maxMiB: 1024,
      met: tenThousand.afterCloseMs < 10_000 && tenThousand.peakRssMiB < 1024,
    },
  };
}

if (require.main === module) {
  runDraftingBench()
    .then((report) => console.log(JSON.stringify(report, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
