import {
  addresseeRight,
  judgeClaims,
  judgeContribution,
  kindRight,
  languageRight,
  objectiveRight,
  topObjectiveRight,
  type ClaimJudgement,
  type ContributionJudgement,
} from './claim-metrics';
import { runEngine, type LabelledRound } from './labelled-round';
import { checkNote, type NoteIssues } from './note-metrics';
import { addCounts, tallyByOf, tallyOf, type Tally, type TallyBy } from './tally';

/** Counts only, so that rounds add up into a split. */
export interface EvaluationSummary {
  rounds: number;
  contributions: number;
  language: Tally;
  languageBy: TallyBy;
  /** Over contributions labelled with at least one objective. */
  objectiveTop1: Tally;
  objectiveTop1By: TallyBy;
  claims: {
    /** Engine claims cut exactly where the label is. */
    span: Tally;
    objective: Tally;
    objectiveBy: TallyBy;
    kind: Tally;
    kindBy: TallyBy;
    /** Over labelled recommendations. */
    addressee: Tally;
    addresseeBy: TallyBy;
  };
  note: {
    quotes: number;
    quotesCut: number;
    quotesNotVerbatim: number;
    quotesRepeated: number;
    quotesMisplaced: number;
    foreignQuotes: number;
    foreignQuotesWithoutEnglish: number;
    falseNothingFound: number;
    idsInMarkdown: number;
    /** Contributions the note accounts for. */
    coverage: Tally;
    paragraphs: number;
    paragraphsWithoutKind: number;
    /** Notes within their word target's tolerance. */
    withinWordTarget: Tally;
  };
}

/** What went wrong, claim by claim and quote by quote: for tuning, never printed for held-out rounds. */
export interface EvaluationDetails {
  contributions: ContributionJudgement[];
  claimMisses: ClaimJudgement[];
  note: NoteIssues;
}

export interface RoundEvaluation {
  name: string;
  split: LabelledRound['split'];
  summary: EvaluationSummary;
  words: NoteIssues['words'];
  details: EvaluationDetails;
}

export interface SplitEvaluation {
  split: LabelledRound['split'];
  pooled: EvaluationSummary;
  rounds: RoundEvaluation[];
}

const byLanguage = (j: { language: string }) => j.language;

/** Runs the engine on a labelled round and measures its claims and note against the labels. */
export function evaluateLabelledRound(name: string, round: LabelledRound): RoundEvaluation {
  const run = runEngine(round);
  const contributions = round.contributions.map((c, i) =>
    judgeContribution(c, run.contributions[i]),
  );
  const withObjectives = contributions.filter((j) => j.objectives.length > 0);
  const claims = round.contributions.flatMap((c) => judgeClaims(c, run.claims));
  const recommendations = claims.filter((j) => j.labelled.kind === 'recommendation');
  const note = checkNote(run.note, round);
  const summary: EvaluationSummary = {
    rounds: 1,
    contributions: contributions.length,
    language: tallyOf(contributions, languageRight),
    languageBy: tallyByOf(contributions, byLanguage, languageRight),
    objectiveTop1: tallyOf(withObjectives, topObjectiveRight),
    objectiveTop1By: tallyByOf(withObjectives, byLanguage, topObjectiveRight),
    claims: {
      span: tallyOf(claims, (j) => j.sameSpan),
      objective: tallyOf(claims, objectiveRight),
      objectiveBy: tallyByOf(claims, byLanguage, objectiveRight),
      kind: tallyOf(claims, kindRight),
      kindBy: tallyByOf(claims, byLanguage, kindRight),
      addressee: tallyOf(recommendations, addresseeRight),
      addresseeBy: tallyByOf(recommendations, byLanguage, addresseeRight),
    },
    note: {
      quotes: note.quotes,
      quotesCut: note.cut.length,
      quotesNotVerbatim: note.notVerbatim.length,
      quotesRepeated: note.repeated.length,
      quotesMisplaced: note.misplaced.length,
      foreignQuotes: note.foreignQuotes,
      foreignQuotesWithoutEnglish: note.withoutEnglish.length,
      falseNothingFound: note.falseNothingFound.length,
      idsInMarkdown: note.idsInMarkdown.length,
      coverage: { correct: note.contributions - note.uncovered.length, total: note.contributions },
      paragraphs: note.paragraphs,
      paragraphsWithoutKind: note.paragraphsWithoutKind.length,
      withinWordTarget: { correct: note.words.withinTarget ? 1 : 0, total: 1 },
    },
  };
  return {
    name,
    split: round.split,
    summary,
    words: note.words,
    details: {
      contributions: contributions.filter(
        (j) => !languageRight(j) || (j.objectives.length > 0 && !topObjectiveRight(j)),
      ),
      claimMisses: claims.filter(
        (j) =>
          !objectiveRight(j) ||
          !kindRight(j) ||
          (j.labelled.kind === 'recommendation' && !addresseeRight(j)),
      ),
      note,
    },
  };
}

/** The rounds of one split, each measured, and pooled. */
export function evaluateSplit(
  split: LabelledRound['split'],
  rounds: readonly { name: string; round: LabelledRound }[],
): SplitEvaluation {
  const evaluated = rounds.map(({ name, round }) => evaluateLabelledRound(name, round));
  return {
    split,
    pooled: evaluated.map((r) => r.summary).reduce((a, b) => addCounts(a, b)),
    rounds: evaluated,
  };
}
