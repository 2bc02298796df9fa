import { compareIds, contributionsForObjective } from './assignment';
import { extractClaims, facetLabel, type ReadClaim } from './claims';
import type { ContributionLanguage } from './language';
import { englishStatement } from './note-english';
import { renderNoteMarkdown } from './note-markdown';
import {
  pushTo,
  pointsOf,
  quotableClaim,
  tensionsOf,
  type Point,
  type Tension,
} from './note-points';
import { languageName, QUOTE_CLOSE, QUOTE_OPEN } from './quotes';
import type { AnalysedContribution } from './types';
import { countWords } from './word-count';
import {
  cite,
  finishSection,
  fitToTarget,
  labelInReadingOrder,
  type Option,
  type Paragraph,
  type Piece,
  type Section,
  TOLERANCE,
  totalWords,
} from './note-layout';
import {
  countBy,
  listOf,
  objectiveShort,
  objectiveTitle,
  plural,
  singleQuoted,
  stakeholderGroups,
  upperFirst,
} from './note-text';
import {
  addresseePiece,
  annexLine,
  gapQuestions,
  KIND_LEAD,
  leadQuestion,
  linksPiece,
  pointSentence,
  principlesPiece,
  tensionPieces,
  tensionQuestion,
} from './note-sentences';

export interface NoteRound {
  title: string;
  description?: string;
  objectiveNumbers: number[];
  questions?: { number: number; text: { en: string; fr?: string; es?: string } }[];
  /** Words the paragraphs should add up to, within 10%; 1,000 by default. */
  noteWordTarget?: number;
}

/** What a paragraph is: the UI and checks rely on these names. */
export const PARAGRAPH_KINDS = [
  'overview',
  'practice',
  'challenge',
  'recommendation',
  'tension',
  'links',
  'question',
  'annex',
] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export interface NoteQuote {
  /** Verbatim: a whole sentence or clause of the contribution's text. */
  text: string;
  contributionId: string;
  language: ContributionLanguage;
  /** For quotes not in English: an English statement of the claim, written from its analysis. */
  english?: string;
  /** The citation label of the contribution ("C3"), explained in the annex. */
  label: string;
  /** A machine translation of `text`, labelled as such, where one was configured. */
  gloss?: string;
}

export interface NoteParagraph {
  text: string;
  /** The contributions the paragraph draws on. */
  sourceIds: string[];
  kind: ParagraphKind;
  quotes: NoteQuote[];
}

export interface NoteSection {
  heading: string;
  objectiveNumber?: number;
  paragraphs: NoteParagraph[];
}

export interface BackgroundNote {
  title: string;
  sections: NoteSection[];
  /** Words of all paragraphs. */
  wordCount: number;
  wordTarget: number;
  /** Words of all contributions: the note may fall short of the target only when they say too little. */
  inputWordCount: number;
  markdown: string;
}

export interface DraftBackgroundNoteInput {
  round: NoteRound;
  /** Visible contributions of the round, analysed. */
  contributions: readonly AnalysedContribution[];
  /** Machine glosses of quote texts, by text, where a direct pair to English is installed. */
  glosses?: ReadonlyMap<string, string>;
}

export const DEFAULT_NOTE_WORD_TARGET = 1000;
const MAX_OUTSIDE_OBJECTIVES = 6;
const MAX_QUESTIONS = 6;
/** Layouts from the fullest (0) to the tersest. */
const MAX_LEVEL = 3;

/** What the analysis finds on one objective, the same at every layout. */
interface Found {
  points: Point[];
  tensions: Tension[];
  links: Piece | undefined;
}

/**
 * The background note, drafted from the contributions' claims: background, the objectives under
 * review, then per objective the Compact's commitment, progress and practices, challenges,
 * recommendations by addressee, tensions and links; then cross-cutting points, guiding questions
 * drawn from the gaps and tensions found, and an annex explaining each citation label. Quotes
 * are whole claims, each used once, under the objective its claim is about.
 */
export function draftBackgroundNote(input: DraftBackgroundNoteInput): BackgroundNote {
  const contributions = [...new Map(input.contributions.map((c) => [c.id, c])).values()].sort(
    (a, b) => compareIds(a.id, b.id),
  );
  const claims = contributions.flatMap((c) => contributionClaims(c, input.round.objectiveNumbers));
  const target = input.round.noteWordTarget ?? DEFAULT_NOTE_WORD_TARGET;
  // The fullest layout whose frame leaves the target within reach; terser ones for many
  // objectives or a small target.
  const facts = roundFacts(input.round, contributions, claims, input.glosses);
  let note = composeNote(facts, 0);
  for (let level = 1; level <= MAX_LEVEL && note.wordCount > target * (1 + TOLERANCE); level++) {
    note = composeNote(facts, level);
  }
  return note;
}

/** The claims of an analysed contribution: as stored, or read again where corrections apply. */
export function contributionClaims(
  c: AnalysedContribution,
  roundObjectives?: readonly number[],
): ReadClaim[] {
  return extractClaims({
    id: c.id,
    text: c.text,
    language: c.language,
    sentences: c.sentences,
    objectives: c.objectives,
    roundObjectives,
    authorReplies: c.authorReplies,
    corrections: c.corrections,
    stored: c.claims,
  });
}

/** The note's quotes in a language other than English: what a machine gloss may be asked for. */
export function foreignQuotes(note: BackgroundNote, language: ContributionLanguage): string[] {
  return note.sections.flatMap((s) =>
    s.paragraphs.flatMap((p) => p.quotes.filter((q) => q.language === language).map((q) => q.text)),
  );
}

/** What every layout of one note reads: the round's contributions and claims, counted once. */
interface RoundFacts {
  round: NoteRound;
  contributions: readonly AnalysedContribution[];
  claims: readonly ReadClaim[];
  found: Map<number, Found>;
  glosses: ReadonlyMap<string, string> | undefined;
  target: number;
  byId: Map<string, AnalysedContribution>;
  authorOf: (id: string) => string;
  objectives: number[];
  byObjective: Map<number, ReadClaim[]>;
  /** Each contribution's claims, for what its author said beyond one objective. */
  claimsOf: (contributionId: string) => readonly ReadClaim[];
  people: (ids: readonly string[]) => number;
  groupsOf: (ids: readonly string[]) => string;
  idsOf: (list: readonly ReadClaim[]) => string[];
  totalPeople: number;
  inputWordCount: number;
}

function roundFacts(
  round: NoteRound,
  contributions: readonly AnalysedContribution[],
  claims: readonly ReadClaim[],
  glosses: ReadonlyMap<string, string> | undefined,
): RoundFacts {
  const target = round.noteWordTarget ?? DEFAULT_NOTE_WORD_TARGET;
  const byId = new Map(contributions.map((c) => [c.id, c]));
  const authorOf = (id: string) => byId.get(id)?.authorId ?? id;
  const objectives = [...new Set(round.objectiveNumbers)].sort((a, b) => a - b);
  // The same lists come back at every layout and in several sentences: each is counted once.
  const peopleOf = new WeakMap<readonly string[], number>();
  const people = (ids: readonly string[]) => {
    let n = peopleOf.get(ids);
    if (n === undefined) peopleOf.set(ids, (n = new Set(ids.map(authorOf)).size));
    return n;
  };
  const groupsCache = new WeakMap<readonly string[], string>();
  const groupsOf = (ids: readonly string[]) => {
    let groups = groupsCache.get(ids);
    if (groups === undefined)
      groupsCache.set(ids, (groups = stakeholderGroups(ids, byId, authorOf)));
    return groups;
  };

  const byObjective = new Map<number, ReadClaim[]>();
  const byContribution = new Map<string, ReadClaim[]>();
  for (const claim of claims) {
    pushTo(byContribution, claim.contributionId, claim);
    if (claim.objective === undefined) continue;
    pushTo(byObjective, claim.objective, claim);
  }
  const idsCache = new WeakMap<readonly ReadClaim[], string[]>();
  const idsOf = (list: readonly ReadClaim[]) => {
    let ids = idsCache.get(list);
    if (!ids) idsCache.set(list, (ids = distinctIds(list)));
    return ids;
  };
  const distinctIds = (list: readonly ReadClaim[]) =>
    [...new Set(list.map((c) => c.contributionId))].sort(compareIds);

  return {
    round,
    contributions,
    claims,
    found: new Map(),
    glosses,
    target,
    byId,
    authorOf,
    objectives,
    byObjective,
    claimsOf: (id) => byContribution.get(id) ?? [],
    people,
    groupsOf,
    idsOf,
    totalPeople: people(contributions.map((c) => c.id)),
    inputWordCount: contributions.reduce((sum, c) => sum + countWords(c.text), 0),
  };
}

function composeNote(facts: RoundFacts, level: number): BackgroundNote {
  const { round, contributions, claims, found, glosses, target, byId, objectives, claimsOf } =
    facts;
  const { people, groupsOf, byObjective, idsOf, totalPeople, inputWordCount, authorOf } = facts;
  const used = new Set<string>();
  const quotePiece = (claim: ReadClaim, lead: string): Piece => ({
    text: `${lead}${cite([claim.contributionId])}: ${QUOTE_OPEN}${claim.text}${QUOTE_CLOSE}${
      claim.language === 'en'
        ? ''
        : ` (${languageName(claim.language)}; in English, from the analysis: ${englishStatement(claim)})`
    }`,
    sourceIds: [claim.contributionId],
    quote: { claim },
  });
  const glossPiece = (claim: ReadClaim): Piece[] => {
    const gloss = claim.language === 'en' ? undefined : glosses?.get(claim.text);
    if (!gloss) return [];
    // Single quotes: double ones only ever hold a contributor's own words.
    return [
      {
        text: `Machine gloss (Apertium): ‘${singleQuoted(gloss)}’.`,
        sourceIds: [claim.contributionId],
        gloss: { claimId: claim.id, text: gloss },
      },
    ];
  };

  const sections: Section[] = [];
  const options: Option[][] = [];
  const background: Paragraph = { kind: 'overview', pieces: [] };
  sections.push({ heading: 'Background', paragraphs: [background] });
  background.pieces.push({
    text: `This note draws on the online consultation ‘${singleQuoted(round.title)}’, held to inform the roundtable on ${
      objectives.length === 1 ? 'objective' : 'objectives'
    } ${listOf(objectives.map(String))} of the Global Compact for Safe, Orderly and Regular Migration (GCM).`,
    sourceIds: [],
  });
  if (contributions.length === 0) {
    background.pieces.push({ text: 'No contributions were received.', sourceIds: [] });
  } else {
    const languages = countBy(contributions, (c) => c.language).map(
      ([l, n]) => `${n.toLocaleString('en-GB')} in ${languageName(l as ContributionLanguage)}`,
    );
    const allIds = contributions.map((c) => c.id);
    background.pieces.push({
      text: `${upperFirst(plural(totalPeople, 'contributor'))} (${groupsOf(allIds)}) made ${plural(
        contributions.length,
        'contribution',
      )}, ${listOf(languages)}.${
        level === 0
          ? ' Labels such as [C1] cite them; the annex gives each one’s organisation, stakeholder type, language and question. Moderators’ replies were read as context and are not cited; authors’ own replies in their threads count as part of their contributions.'
          : ''
      }`,
      sourceIds: allIds,
    });
  }

  const review: Paragraph = { kind: 'overview', pieces: [] };
  sections.push({ heading: 'Objectives under review', paragraphs: [review] });
  review.pieces.push({
    text: `The roundtable reviews ${objectives.length === 1 ? 'one objective' : `${objectives.length} objectives`} of the GCM${
      level >= 2
        ? '.'
        : `: ${objectives
            .map(
              (n) =>
                `${objectiveShort(n)}, ${plural(people(idsOf(byObjective.get(n) ?? [])), 'contributor')}`,
            )
            .join('; ')}.`
    }`,
    sourceIds: idsOf(objectives.flatMap((n) => byObjective.get(n) ?? [])),
  });

  const questions: { weight: number; piece: Piece }[] = [];
  for (const n of objectives) {
    const own = byObjective.get(n) ?? [];
    // The heading states the Compact's commitment: its objective number and title.
    const section: Section = {
      heading: `Objective ${n}: ${objectiveTitle(n)}`,
      objectiveNumber: n,
      paragraphs: [],
    };
    sections.push(section);
    const mine: Option[] = [];
    options.push(mine);
    const overview: Paragraph = { kind: 'overview', pieces: [] };
    section.paragraphs.push(overview);
    if (own.length === 0) {
      // Contributions filed under the objective as a whole (as its synthesis counts them) whose
      // statements are each mainly about something else: said so, not "no contribution".
      const touched = contributionsForObjective(contributions, n).map((c) => c.id);
      overview.pieces.push(
        touched.length === 0
          ? { text: 'No contribution made a point on this objective.', sourceIds: [] }
          : {
              text: `${upperFirst(plural(people(touched), 'contributor'))} touched on it ${cite(touched)}, but none of their statements is mainly about it.`,
              sourceIds: touched,
            },
      );
      questions.push({
        weight: 0,
        piece: {
          text: `Objective ${n} drew ${touched.length === 0 ? 'no' : 'little direct'} input in the consultation: what experience can participants bring to the roundtable on it?`,
          sourceIds: [],
        },
      });
      continue;
    }
    const ids = idsOf(own);
    const languages = countBy(
      ids.map((id) => byId.get(id)!),
      (c) => c.language,
    ).map(([l]) => languageName(l as ContributionLanguage));
    overview.pieces.push({
      text:
        level >= MAX_LEVEL
          ? `${upperFirst(plural(people(ids), 'contributor'))} made points on it ${cite(ids)}.`
          : `${upperFirst(plural(people(ids), 'contributor'))} of ${totalPeople.toLocaleString('en-GB')} (${groupsOf(ids)}) made points on it, in ${listOf(languages)} ${cite(ids)}.`,
      sourceIds: ids,
    });

    if (!found.has(n)) {
      found.set(n, {
        points: pointsOf(n, own, authorOf),
        tensions: tensionsOf(n, claims, authorOf),
        links: linksPiece(n, own, claimsOf, objectives),
      });
    }
    const { points, tensions, links } = found.get(n)!;
    // Tensions choose their quotes first: a disagreement reads only in the contributors' words.
    const tensionParagraph: Paragraph = { kind: 'tension', pieces: [] };
    const tensionOptions = tensions.map((tension) => {
      questions.push({ weight: 3, piece: tensionQuestion(tension) });
      const full = tensionPieces(tension, used, quotePiece, glossPiece);
      // Said in the contributors' words or not at all: "they pull apart" alone tells a co-chair nothing.
      return { paragraph: tensionParagraph, variants: [full] };
    });
    const kinds = ['position', 'practice', 'challenge', 'recommendation'] as const;
    const byKind: Option[][] = kinds.map(() => []);
    for (const [k, kind] of kinds.entries()) {
      const ofKind = points.filter((p) => p.kind === kind);
      if (ofKind.length === 0) continue;
      const paragraph: Paragraph = {
        kind: kind === 'position' ? 'overview' : kind,
        lead: KIND_LEAD[kind],
        pieces: [],
      };
      section.paragraphs.push(paragraph);
      const list = byKind[k];
      const onTopic = new Set(ofKind.filter((p) => facetLabel(p.key)).flatMap((p) => p.authors));
      for (const point of ofKind) {
        const general = !facetLabel(point.key);
        // "Other points" add nothing when the same people already made a point of that kind.
        if (general && (kind === 'position' || point.authors.every((a) => onTopic.has(a))))
          continue;
        const quoted = quotableClaim(point, used);
        // "Flags other challenges" tells a co-chair nothing unless the contributor's words follow;
        // the objective's overview already cites everyone who made a point on it.
        if (general && !quoted) continue;
        const sentence = pointSentence(point, groupsOf);
        const variants: Piece[][] = [];
        if (quoted) {
          const withQuote: Piece[] = [
            { text: sentence, sourceIds: point.contributionIds },
            quotePiece(quoted, ''),
          ];
          // Where a gloss exists the quote always comes with it: it is what an English reader reads.
          variants.push([...withQuote, ...glossPiece(quoted)]);
        }
        variants.push([{ text: sentence, sourceIds: point.contributionIds }]);
        if (quoted) used.add(quoted.id);
        list.push({ paragraph, variants });
      }
    }
    // Each kind's main point before any kind's second: practices, asks, challenges, priorities.
    for (let rank = 0; rank < Math.max(...byKind.map((l) => l.length)); rank++) {
      for (const k of [1, 3, 2, 0]) if (rank < byKind[k].length) mine.push(byKind[k][rank]);
    }

    if (tensionOptions.length > 0) section.paragraphs.push(tensionParagraph);
    mine.splice(Math.min(1, mine.length), 0, ...tensionOptions);
    if (links) {
      const paragraph: Paragraph = { kind: 'links', pieces: [] };
      section.paragraphs.push(paragraph);
      mine.push({ paragraph, variants: [[links]] });
    }
    const gaps = gapQuestions(n, points);
    questions.push(...(gaps.length > 0 || tensions.length > 0 ? gaps : leadQuestion(n, points)));
  }

  const cross: Section = { heading: 'Cross-cutting points', paragraphs: [] };
  sections.push(cross);
  const crossOptions: Option[] = [];
  options.push(crossOptions);
  const outside = new Map<number, ReadClaim[]>();
  for (const claim of claims) {
    if (claim.objective === undefined || objectives.includes(claim.objective)) continue;
    pushTo(outside, claim.objective, claim);
  }
  if (outside.size > 0) {
    const ranked = [...outside.entries()]
      .map(([n, list]) => [n, idsOf(list)] as const)
      .sort((a, b) => people(b[1]) - people(a[1]) || a[0] - b[0]);
    const listed = ranked.slice(0, MAX_OUTSIDE_OBJECTIVES);
    // Every contribution stays cited, those on the objectives not named as well.
    const rest = idsOf(ranked.slice(MAX_OUTSIDE_OBJECTIVES).flatMap(([n]) => outside.get(n)!));
    const ids = idsOf([...outside.values()].flat());
    cross.paragraphs.push({
      kind: 'links',
      pieces: [
        {
          text: `Beyond the objectives under review, contributors raised ${listOf([
            ...listed.map(([n, list]) => `${objectiveShort(n)} ${cite(list)}`),
            ...(rest.length > 0
              ? [`${plural(ranked.length - listed.length, 'other objective')} ${cite(rest)}`]
              : []),
          ])}; this note does not synthesise them.`,
          sourceIds: ids,
        },
      ],
    });
  }
  const onSomeObjective = new Set(
    claims.filter((c) => c.objective !== undefined).map((c) => c.contributionId),
  );
  const general = contributions.map((c) => c.id).filter((id) => !onSomeObjective.has(id));
  if (general.length > 0) {
    cross.paragraphs.push({
      kind: 'overview',
      pieces: [
        {
          text: `${upperFirst(plural(general.length, 'contribution'))} spoke to the consultation in general terms, without a point on any GCM objective ${cite(general)}.`,
          sourceIds: general,
        },
      ],
    });
  }
  const addressees = addresseePiece(claims, people, idsOf);
  if (addressees) {
    const paragraph: Paragraph = { kind: 'recommendation', pieces: [] };
    cross.paragraphs.push(paragraph);
    crossOptions.push({ paragraph, variants: [[addressees]] });
  }
  const principles = principlesPiece(claims, people, idsOf);
  if (principles) {
    const paragraph: Paragraph = { kind: 'links', pieces: [] };
    cross.paragraphs.push(paragraph);
    crossOptions.push({ paragraph, variants: [[principles]] });
  }

  const guiding: Section = { heading: 'Guiding questions for the roundtable', paragraphs: [] };
  sections.push(guiding);
  const questionOptions: Option[] = [];
  options.push(questionOptions);
  for (const { piece } of questions
    .map((q, i) => ({ ...q, i }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .slice(0, MAX_QUESTIONS)) {
    const paragraph: Paragraph = { kind: 'question', pieces: [] };
    guiding.paragraphs.push(paragraph);
    questionOptions.push({ paragraph, variants: [[piece]] });
  }

  const annex: Section = { heading: 'Annex: contributions cited', paragraphs: [] };
  fitToTarget(sections, options, target, (id) =>
    byId.has(id) ? countWords(annexLine('C1', byId.get(id)!, round)) : 0,
  );
  const labels = labelInReadingOrder(sections);
  for (const [id, label] of labels) {
    annex.paragraphs.push({
      kind: 'annex',
      pieces: [{ text: annexLine(label, byId.get(id)!, round), sourceIds: [id] }],
    });
  }
  const shortfall = totalWords(sections) + totalWords([annex]) < target * (1 - TOLERANCE);
  if (shortfall && contributions.length > 0) {
    background.pieces.push({
      text: `The contributions give less material than this note’s ${target.toLocaleString('en-GB')}-word target, so it is shorter rather than padded.`,
      sourceIds: [],
    });
  }
  sections.push(annex);
  const finished = sections.map((s) => finishSection(s, labels));
  const note = {
    title: `Background note: ${round.title}`,
    sections: finished,
    wordCount: finished.reduce(
      (sum, s) => sum + s.paragraphs.reduce((w, p) => w + countWords(p.text), 0),
      0,
    ),
    wordTarget: target,
    inputWordCount,
  };
  return { ...note, markdown: renderNoteMarkdown(note) };
}
