import { extractClaims, storedClaims, type StoredClaim } from './claims';
import { detectLanguage, type ContributionLanguage } from './language';
import { inferObjectives, OBJECTIVE_COUNT, roundScore } from './objective-inference';
import { countObjectiveReferences } from './objective-references';
import { splitSentences, type Sentence } from './sentences';

export type ObjectiveSource = 'declared' | 'explicit' | 'inferred';

export interface ObjectiveMatch {
  number: number;
  /** 0..1. */
  score: number;
  source: ObjectiveSource;
}

export interface ContributionAnalysis {
  language: ContributionLanguage;
  sentences: Sentence[];
  /** Best first; ties by number. */
  objectives: ObjectiveMatch[];
  /** The body's claims, read once here so that a draft only groups them. */
  claims: StoredClaim[];
}

export interface AnalyseContributionInput {
  text: string;
  /** The language the contributor chose, if any: it wins when the text is too short or mixed to tell. */
  declaredLanguage?: string;
  /** Objectives the contributor said the contribution addresses. */
  declaredObjectives?: number[];
  /** The objectives the round reviews: what its contributions answer, so the likelier topics. */
  roundObjectives?: readonly number[];
}

/** A named objective is strong evidence; each further mention adds a little. */
const EXPLICIT_BASE = 0.8;
const EXPLICIT_PER_MENTION = 0.05;

const SOURCE_RANK: Record<ObjectiveSource, number> = { declared: 0, explicit: 1, inferred: 2 };

export function analyseContribution(input: AnalyseContributionInput): ContributionAnalysis {
  const { text } = input;
  const language = detectLanguage(text, input.declaredLanguage);
  const sentences = splitSentences(text, language);
  const inferred = new Map(
    inferObjectives(text, language, input.roundObjectives).map((o) => [o.number, o.score]),
  );
  const matches = new Map<number, ObjectiveMatch>();

  for (const number of input.declaredObjectives ?? []) {
    if (Number.isInteger(number) && number >= 1 && number <= OBJECTIVE_COUNT) {
      matches.set(number, { number, score: 1, source: 'declared' });
    }
  }
  for (const [number, mentions] of countObjectiveReferences(text)) {
    if (matches.has(number)) continue;
    const score = Math.max(
      Math.min(1, EXPLICIT_BASE + EXPLICIT_PER_MENTION * (mentions - 1)),
      inferred.get(number) ?? 0,
    );
    matches.set(number, { number, score: roundScore(score), source: 'explicit' });
  }
  for (const [number, score] of inferred) {
    if (!matches.has(number)) matches.set(number, { number, score, source: 'inferred' });
  }

  const objectives = [...matches.values()].sort(
    (a, b) =>
      SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || b.score - a.score || a.number - b.number,
  );
  const claims = storedClaims(
    extractClaims({
      id: '',
      text,
      language,
      sentences,
      objectives,
      roundObjectives: input.roundObjectives,
    }),
  );
  return { language, sentences, objectives, claims };
}
