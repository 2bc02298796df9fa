import { analyseContribution } from './analyse-contribution';
import { assignedObjectives } from './assignment';
import type { BackgroundNote, NoteRound } from './draft-note';
import type { ContributionLanguage } from './language';
import { extractQuotations } from './quotes';
import { synthesiseRound } from './synthesise-round';
import type { AnalysedContribution, ModeratorReply } from './types';

export * from './evaluation/claim-metrics';
export * from './evaluation/labelled-round';
export * from './evaluation/note-metrics';
export * from './evaluation/report';
export * from './evaluation/tally';

/** The shape of a consultation fixture such as test/fixtures/imrf-rt1.json. */
export interface ConsultationFixture {
  round: NoteRound;
  contributions: {
    ref: string;
    question: number;
    text: string;
    language: ContributionLanguage;
    participant: { handle: string; organisation: string | null; stakeholderType: string };
    replies: { text: string; participant: { handle: string; role?: string } }[];
  }[];
}

/** Objective labels assigned by a person to each contribution ref. */
export type ObjectiveLabels = Record<string, number[]>;

export interface QuoteCheck {
  total: number;
  verbatim: number;
  share: number;
  failures: { section: string; quote: string }[];
}

export interface EvaluationReport {
  language: { correct: number; total: number; accuracy: number; misses: string[] };
  objectives: {
    /** Contributions with at least one label. */
    labelled: number;
    /** The best objective of the analysis is one of the labels. */
    top1Accuracy: number;
    /** Over (contribution, objective) pairs: objectives assigned for synthesis against the labels. */
    precision: number;
    recall: number;
    f1: number;
    /** Contributions labelled with no objective that got none. */
    unlabelledLeftOut: number;
    unlabelled: number;
  };
  note: {
    wordCount: number;
    target: number;
    /** Deviation from the target, as a share of it. */
    deviation: number;
    quotes: QuoteCheck;
  };
  /** A second run on the same input gave the same syntheses and note. */
  deterministic: boolean;
  perContribution: {
    ref: string;
    language: string;
    expected: number[];
    assigned: number[];
    best?: number;
  }[];
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : Math.round((a / b) * 1000) / 1000;
}

/** Every quotation of the note, in its text and in its quotes, found verbatim in one of the paragraph's sources. */
export function checkQuotes(
  note: BackgroundNote,
  textOf: (id: string) => string | undefined,
): QuoteCheck {
  let total = 0;
  let verbatim = 0;
  const failures: QuoteCheck['failures'] = [];
  for (const section of note.sections) {
    for (const paragraph of section.paragraphs) {
      const quoted = [
        ...extractQuotations(paragraph.text).map((quote) => ({ quote, ids: paragraph.sourceIds })),
        ...paragraph.quotes.map((q) => ({
          quote: q.text,
          ids: paragraph.sourceIds.includes(q.contributionId) ? [q.contributionId] : [],
        })),
      ];
      for (const { quote, ids } of quoted) {
        total++;
        if (ids.some((id) => textOf(id)?.includes(quote))) verbatim++;
        else failures.push({ section: section.heading, quote });
      }
    }
  }
  return { total, verbatim, share: ratio(verbatim, total), failures };
}

function run(fixture: ConsultationFixture) {
  const contributions: AnalysedContribution[] = fixture.contributions.map((c) => ({
    id: c.ref,
    text: c.text,
    stakeholderType: c.participant.stakeholderType,
    questionNumber: c.question,
    ...analyseContribution({ text: c.text, roundObjectives: fixture.round.objectiveNumbers }),
  }));
  const moderatorReplies: ModeratorReply[] = fixture.contributions.flatMap((c) =>
    c.replies
      .filter((r) => r.participant.role === 'moderator')
      .map((r) => ({ contributionId: c.ref, text: r.text })),
  );
  return {
    contributions,
    ...synthesiseRound({ round: fixture.round, contributions, moderatorReplies }),
  };
}

/** Runs the engine on a fixture and measures it against the fixture's languages and the labels. */
export function evaluateOnFixture(
  fixture: ConsultationFixture,
  labels: ObjectiveLabels,
): EvaluationReport {
  const first = run(fixture);
  const second = run(fixture);
  const deterministic =
    JSON.stringify({ s: first.syntheses, n: first.note }) ===
    JSON.stringify({ s: second.syntheses, n: second.note });

  const misses: string[] = [];
  let top1 = 0;
  let labelled = 0;
  let truePositives = 0;
  let predicted = 0;
  let expectedTotal = 0;
  let unlabelled = 0;
  let unlabelledLeftOut = 0;
  const perContribution: EvaluationReport['perContribution'] = [];
  fixture.contributions.forEach((c, i) => {
    const analysed = first.contributions[i];
    if (analysed.language !== c.language)
      misses.push(`${c.ref}: ${c.language} read as ${analysed.language}`);
    const expected = labels[c.ref] ?? [];
    const assigned = assignedObjectives(analysed.objectives);
    const best = analysed.objectives[0]?.number;
    perContribution.push({ ref: c.ref, language: analysed.language, expected, assigned, best });
    predicted += assigned.length;
    expectedTotal += expected.length;
    truePositives += assigned.filter((n) => expected.includes(n)).length;
    if (expected.length === 0) {
      unlabelled++;
      if (assigned.length === 0) unlabelledLeftOut++;
    } else {
      labelled++;
      if (best !== undefined && expected.includes(best)) top1++;
    }
  });
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, expectedTotal);
  const texts = new Map(first.contributions.map((c) => [c.id, c.text]));
  const target = first.note.wordTarget;
  return {
    language: {
      correct: fixture.contributions.length - misses.length,
      total: fixture.contributions.length,
      accuracy: ratio(fixture.contributions.length - misses.length, fixture.contributions.length),
      misses,
    },
    objectives: {
      labelled,
      top1Accuracy: ratio(top1, labelled),
      precision,
      recall,
      f1:
        precision + recall === 0
          ? 0
          : Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000,
      unlabelledLeftOut,
      unlabelled,
    },
    note: {
      wordCount: first.note.wordCount,
      target,
      deviation: Math.round(((first.note.wordCount - target) / target) * 1000) / 1000,
      quotes: checkQuotes(first.note, (id) => texts.get(id)),
    },
    deterministic,
    perContribution,
  };
}
