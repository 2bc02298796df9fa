import { GCM_OBJECTIVES } from '../../objectives/src/gcm-objectives';
import { compareIds } from './assignment';
import type { ClaimKind } from './claim';
import { PRINCIPLES, type Principle } from './claim-cues';
import { extractClaims, facetLabel, type ReadClaim } from './claims';
import type { ContributionLanguage } from './language';
import { englishStatement } from './note-english';
import { renderNoteMarkdown } from './note-markdown';
import {
  mainFacet,
  pushTo,
  pointsOf,
  quotableClaim,
  tensionsOf,
  type Point,
  type Tension,
} from './note-points';
import { OBJECTIVE_LEXICON } from './objective-lexicon';
import { languageName, QUOTE_CLOSE, QUOTE_OPEN } from './quotes';
import type { AnalysedContribution } from './types';
import { countWords } from './word-count';

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
const TOLERANCE = 0.1;
/** Labels written out in one citation before "and N more". */
const MAX_CITED = 12;
const MAX_OUTSIDE_OBJECTIVES = 6;
const MAX_QUESTIONS = 6;
/** Layouts from the fullest (0) to the tersest. */
const MAX_LEVEL = 3;

const GROUPS: Record<string, [plural: string, one: string]> = {
  member_state: ['Member States', 'a Member State'],
  un_entity: ['UN entities', 'a UN entity'],
  international_organization: ['international organizations', 'an international organization'],
  civil_society: ['civil society organizations', 'a civil society organization'],
  academia: ['academics', 'an academic'],
  private_sector: ['private sector actors', 'a private sector actor'],
  trade_union: ['trade unions', 'a trade union'],
  local_authority: ['local authorities', 'a local authority'],
  migrant_organization: ['migrant organizations', 'a migrant organization'],
  nhri: ['national human rights institutions', 'a national human rights institution'],
  individual: ['individuals', 'an individual'],
};
const STAKEHOLDER_NAMES: Record<string, string> = {
  member_state: 'Member State',
  un_entity: 'UN entity',
  international_organization: 'International organization',
  civil_society: 'Civil society',
  academia: 'Academia',
  private_sector: 'Private sector',
  trade_union: 'Trade union',
  local_authority: 'Local authority',
  migrant_organization: 'Migrant organization',
  nhri: 'National human rights institution',
  individual: 'Individual',
};

const KIND_LEAD: Record<ClaimKind, string> = {
  position: 'Priorities.',
  practice: 'Progress and practices.',
  challenge: 'Challenges and gaps.',
  recommendation: 'Recommendations.',
};

/** Citations are written as markers while the note is assembled, and labelled in reading order. */
const CITE_OPEN = '\u0001';
const CITE_CLOSE = '\u0002';

interface Piece {
  text: string;
  sourceIds: readonly string[];
  quote?: { claim: ReadClaim };
  /** A machine gloss of the quote of that claim, next to it. */
  gloss?: { claimId: string; text: string };
}

interface Paragraph {
  kind: ParagraphKind;
  /** Opens the paragraph once something is said in it: "Challenges and gaps." */
  lead?: string;
  pieces: Piece[];
}

interface Section {
  heading: string;
  objectiveNumber?: number;
  paragraphs: Paragraph[];
}

/** What the analysis finds on one objective, the same at every layout. */
interface Found {
  points: Point[];
  tensions: Tension[];
}

/** Something the note may say if the word budget allows it, in order of importance. */
interface Option {
  paragraph: Paragraph;
  /** Shortest last: the first that fits is taken. */
  variants: Piece[][];
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function upperFirst(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

function singleQuoted(text: string): string {
  return text.replace(/[“”"«»„]/g, (m) => (m === '”' || m === '»' ? '’' : '‘'));
}

function objectiveTitle(n: number): string {
  return GCM_OBJECTIVES.find((o) => o.number === n)?.title.en ?? `Objective ${n}`;
}

function objectiveShort(n: number): string {
  const short = OBJECTIVE_LEXICON.find((o) => o.number === n)?.short;
  return short ? `objective ${n} (${short})` : `objective ${n}`;
}

function cite(ids: readonly string[]): string {
  return `${CITE_OPEN}${ids.join(' ')}${CITE_CLOSE}`;
}

/** The reader's view of a citation: its labels as they will be printed. */
function citationWords(ids: readonly string[]): number {
  return Math.min(ids.length, MAX_CITED) + (ids.length > MAX_CITED ? 3 : 0);
}

function pieceWords(piece: Piece): number {
  let words = 0;
  const text = piece.text.replace(
    new RegExp(`${CITE_OPEN}([^${CITE_CLOSE}]*)${CITE_CLOSE}`, 'g'),
    (_, ids: string) => {
      words += citationWords(ids ? ids.split(' ') : []);
      return ' ';
    },
  );
  return words + countWords(text);
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
  const claims = contributions.flatMap(contributionClaims);
  const target = input.round.noteWordTarget ?? DEFAULT_NOTE_WORD_TARGET;
  // The fullest layout whose frame leaves the target within reach; terser ones for many
  // objectives or a small target.
  const found = new Map<number, Found>();
  let note = composeNote(input.round, contributions, claims, 0, found, input.glosses);
  for (let level = 1; level <= MAX_LEVEL && note.wordCount > target * (1 + TOLERANCE); level++) {
    note = composeNote(input.round, contributions, claims, level, found, input.glosses);
  }
  return note;
}

/** The claims of an analysed contribution: as stored, or read again where corrections apply. */
export function contributionClaims(c: AnalysedContribution): ReadClaim[] {
  return extractClaims({
    id: c.id,
    text: c.text,
    language: c.language,
    sentences: c.sentences,
    objectives: c.objectives,
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

function composeNote(
  round: NoteRound,
  contributions: readonly AnalysedContribution[],
  claims: readonly ReadClaim[],
  level: number,
  found: Map<number, Found>,
  glosses: ReadonlyMap<string, string> | undefined,
): BackgroundNote {
  const target = round.noteWordTarget ?? DEFAULT_NOTE_WORD_TARGET;
  const byId = new Map(contributions.map((c) => [c.id, c]));
  const authorOf = (id: string) => byId.get(id)?.authorId ?? id;
  const objectives = [...new Set(round.objectiveNumbers)].sort((a, b) => a - b);
  const inputWordCount = contributions.reduce((sum, c) => sum + countWords(c.text), 0);
  const people = (ids: readonly string[]) => new Set(ids.map(authorOf)).size;
  const groupsOf = (ids: readonly string[]) => stakeholderGroups(ids, byId, authorOf);

  const byObjective = new Map<number, ReadClaim[]>();
  for (const claim of claims) {
    if (claim.objective === undefined) continue;
    pushTo(byObjective, claim.objective, claim);
  }
  const idsOf = (list: readonly ReadClaim[]) =>
    [...new Set(list.map((c) => c.contributionId))].sort(compareIds);
  const totalPeople = people(contributions.map((c) => c.id));

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
      overview.pieces.push({
        text: 'No contribution made a point on this objective.',
        sourceIds: [],
      });
      questions.push({
        weight: 0,
        piece: {
          text: `Objective ${n} drew no input in the consultation: what experience can participants bring to the roundtable on it?`,
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
      });
    }
    const { points, tensions } = found.get(n)!;
    // Tensions choose their quotes first: a disagreement reads only in the contributors' words.
    const tensionParagraph: Paragraph = { kind: 'tension', pieces: [] };
    const tensionOptions = tensions.map((tension) => {
      questions.push({ weight: 3, piece: tensionQuestion(tension) });
      const full = tensionPieces(tension, used, quotePiece, glossPiece);
      return { paragraph: tensionParagraph, variants: [full, full.slice(0, 1)] };
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
        const sentence = pointSentence(point, groupsOf);
        const quoted = quotableClaim(point, used);
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
    const links = linksPiece(n, own, claims, objectives);
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

function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]));
}

/** "civil society organizations (2), a trade union and a Member State", counting people. */
function stakeholderGroups(
  ids: readonly string[],
  byId: ReadonlyMap<string, AnalysedContribution>,
  authorOf: (id: string) => string,
): string {
  const byAuthor = new Map<string, string>();
  for (const id of ids) byAuthor.set(authorOf(id), byId.get(id)?.stakeholderType ?? 'unspecified');
  const groups = countBy([...byAuthor.values()], (t) => t);
  const named = groups
    .filter(([type]) => GROUPS[type])
    .slice(0, 4)
    .map(([type, n]) => (n === 1 ? GROUPS[type][1] : `${GROUPS[type][0]} (${n})`));
  const rest = groups.length - named.length;
  return `${listOf(named.length > 0 ? [...named, ...(rest > 0 ? ['others'] : [])] : ['participants'])}`;
}

function pointSentence(point: Point, groupsOf: (ids: readonly string[]) => string): string {
  const n = point.authors.length;
  const who =
    n === 1
      ? upperFirst(groupsOf(point.contributionIds))
      : `${upperFirst(plural(n, 'contributor'))} (${groupsOf(point.contributionIds)})`;
  const topicKey = point.kind === 'recommendation' ? mainFacet(point.claims) : point.key;
  const topic = topicKey ? (facetLabel(topicKey) ?? '') : '';
  const on = topic ? lowerFirst(topic) : undefined;
  const s = n === 1 ? 's' : '';
  let what: string;
  if (point.kind === 'position')
    what = on ? `stress${n === 1 ? 'es' : ''} ${on}` : `make${s} other points`;
  else if (point.kind === 'practice')
    what = on ? `report${s} practice or evidence on ${on}` : `report${s} other practices`;
  else if (point.kind === 'challenge')
    what = on ? `flag${s} gaps in ${on}` : `flag${s} other challenges`;
  else if (point.addressee) what = `ask${s} ${point.addressee} to act${on ? ` on ${on}` : ''}`;
  else what = `recommend${s} action${on ? ` on ${on}` : ''} without naming who should act`;
  return `${who} ${what} ${cite(point.contributionIds)}.`;
}

function tensionPieces(
  tension: Tension,
  used: Set<string>,
  quotePiece: (claim: ReadClaim, lead: string) => Piece,
  glossPiece: (claim: ReadClaim) => Piece[],
): Piece[] {
  const topic = lowerFirst(facetLabel(tension.facet) ?? 'this objective');
  const pieces: Piece[] = [
    {
      text: `Contributors pull in different directions on ${topic} ${cite([tension.proposal.contributionId, tension.warning.contributionId])}.`,
      sourceIds: [tension.proposal.contributionId, tension.warning.contributionId],
    },
  ];
  for (const [claim, lead] of [
    [tension.proposal, 'One reports or proposes '],
    [tension.warning, 'another warns '],
  ] as const) {
    // A quote stands only under the objective its claim is about.
    if (used.has(claim.id) || claim.objective !== tension.objective) {
      pieces.push({
        text: `${upperFirst(lead)}${cite([claim.contributionId])}.`,
        sourceIds: [claim.contributionId],
      });
    } else {
      used.add(claim.id);
      pieces.push(quotePiece(claim, upperFirst(lead)), ...glossPiece(claim));
    }
  }
  return pieces;
}

function tensionQuestion(tension: Tension): Piece {
  const topic = lowerFirst(facetLabel(tension.facet) ?? `objective ${tension.objective}`);
  return {
    text: `On ${topic} (objective ${tension.objective}), how can what ${cite([tension.proposal.contributionId])} describes be done without the risk ${cite([tension.warning.contributionId])} warns of?`,
    sourceIds: [tension.proposal.contributionId, tension.warning.contributionId],
  };
}

/** Questions from the gaps found: challenges no one proposed a remedy for, requests no one reports acting on. */
function gapQuestions(n: number, points: readonly Point[]): { weight: number; piece: Piece }[] {
  const questions: { weight: number; piece: Piece }[] = [];
  const remedied = new Set(
    points
      .filter((p) => p.kind === 'recommendation')
      .flatMap((p) => p.claims.flatMap((c) => c.facets)),
  );
  const practised = new Set(points.filter((p) => p.kind === 'practice').map((p) => p.key));
  for (const point of points) {
    const topic = facetLabel(point.key);
    if (point.kind === 'challenge' && topic && !remedied.has(point.key)) {
      questions.push({
        weight: 1 + point.authors.length,
        piece: {
          text: `Under objective ${n}, ${contributorsPhrase(point.authors.length)} flag${point.authors.length === 1 ? 's' : ''} gaps in ${lowerFirst(topic)} ${cite(point.contributionIds)} and no one proposes a remedy: what would close them, and who should act?`,
          sourceIds: point.contributionIds,
        },
      });
    }
    const focus = point.kind === 'recommendation' ? mainFacet(point.claims) : undefined;
    if (point.kind === 'recommendation' && point.addressee && focus && !practised.has(focus)) {
      questions.push({
        weight: point.authors.length,
        piece: {
          text: `Under objective ${n}, ${contributorsPhrase(point.authors.length)} ask${point.authors.length === 1 ? 's' : ''} ${point.addressee} to act on ${lowerFirst(facetLabel(focus) ?? '')} ${cite(point.contributionIds)}, and no one reports it done: what stands in the way, and where has it worked?`,
          sourceIds: point.contributionIds,
        },
      });
    }
  }
  return questions;
}

/** "one contributor", "3 contributors". */
function contributorsPhrase(n: number): string {
  return n === 1 ? 'one contributor' : plural(n, 'contributor');
}

/** Where an objective shows no gap or tension: a question on what its contributors raised most. */
function leadQuestion(n: number, points: readonly Point[]): { weight: number; piece: Piece }[] {
  const top = points.find((p) => facetLabel(p.key) || mainFacet(p.claims));
  if (!top) return [];
  const topic = lowerFirst(facetLabel(top.key) ?? facetLabel(mainFacet(top.claims)!) ?? '');
  const ask: Record<ClaimKind, string> = {
    position: `contributors put ${topic} first ${cite(top.contributionIds)}: which commitments on it should the roundtable prioritise, and how should progress be measured?`,
    practice: `contributors report practice on ${topic} ${cite(top.contributionIds)}: what made it work, and could it be taken up elsewhere?`,
    challenge: `contributors flag gaps in ${topic} ${cite(top.contributionIds)}: what would close them?`,
    recommendation: `contributors ask for action on ${topic} ${cite(top.contributionIds)}: who should lead it, and with what means?`,
  };
  return [
    {
      weight: top.authors.length / 2,
      piece: { text: `Under objective ${n}, ${ask[top.kind]}`, sourceIds: top.contributionIds },
    },
  ];
}

/** Other objectives and guiding principles that contributors tied to this objective. */
function linksPiece(
  n: number,
  own: readonly ReadClaim[],
  claims: readonly ReadClaim[],
  objectives: readonly number[],
): Piece | undefined {
  const contributors = new Set(own.map((c) => c.contributionId));
  const others = new Map<number, Set<string>>();
  for (const c of claims) {
    if (!contributors.has(c.contributionId) || c.objective === undefined || c.objective === n)
      continue;
    others.set(c.objective, (others.get(c.objective) ?? new Set()).add(c.contributionId));
  }
  const principles = new Map<Principle, Set<string>>();
  for (const c of own) {
    for (const p of c.principles)
      principles.set(p, (principles.get(p) ?? new Set()).add(c.contributionId));
  }
  const parts: string[] = [];
  const ids = new Set<string>();
  const linked = [...others.entries()]
    .sort((a, b) => b[1].size - a[1].size || a[0] - b[0])
    .slice(0, 3);
  if (linked.length > 0) {
    parts.push(
      `tied it to ${listOf(
        linked.map(([m, set]) => {
          set.forEach((id) => ids.add(id));
          return `${objectives.includes(m) ? `objective ${m}` : objectiveShort(m)} ${cite([...set].sort(compareIds))}`;
        }),
      )}`,
    );
  }
  const invoked = PRINCIPLES.filter((p) => principles.has(p));
  if (invoked.length > 0) {
    parts.push(
      `invoked the ${listOf(
        invoked.map((p) => {
          const set = [...principles.get(p)!].sort(compareIds);
          set.forEach((id) => ids.add(id));
          return `${p} ${cite(set)}`;
        }),
      )} ${invoked.length === 1 ? 'principle' : 'principles'}`,
    );
  }
  if (parts.length === 0) return undefined;
  return { text: `Contributors ${listOf(parts)}.`, sourceIds: [...ids].sort(compareIds) };
}

function addresseePiece(
  claims: readonly ReadClaim[],
  people: (ids: readonly string[]) => number,
  idsOf: (list: readonly ReadClaim[]) => string[],
): Piece | undefined {
  const by = new Map<string, ReadClaim[]>();
  for (const c of claims) {
    if (c.kind !== 'recommendation' || !c.addressee) continue;
    pushTo(by, c.addressee, c);
  }
  if (by.size === 0) return undefined;
  const ranked = [...by.entries()]
    .map(([actor, list]) => ({ actor, ids: idsOf(list) }))
    .sort((a, b) => people(b.ids) - people(a.ids) || compareIds(a.actor, b.actor))
    .slice(0, 4);
  return {
    text: `Across objectives, contributors most often asked ${listOf(
      ranked.map((r) => `${r.actor} (${plural(people(r.ids), 'contributor')})`),
    )} to act.`,
    sourceIds: idsOf(ranked.flatMap((r) => by.get(r.actor)!)),
  };
}

function principlesPiece(
  claims: readonly ReadClaim[],
  people: (ids: readonly string[]) => number,
  idsOf: (list: readonly ReadClaim[]) => string[],
): Piece | undefined {
  const by = new Map<Principle, ReadClaim[]>();
  for (const c of claims) for (const p of c.principles) pushTo(by, p, c);
  const shared = PRINCIPLES.filter((p) => by.has(p) && people(idsOf(by.get(p)!)) >= 2);
  if (shared.length === 0) return undefined;
  return {
    text: `Across objectives, contributors called for a ${listOf(
      shared.map((p) => `${p} approach (${plural(people(idsOf(by.get(p)!)), 'contributor')})`),
    )}.`,
    sourceIds: idsOf(shared.flatMap((p) => by.get(p)!)),
  };
}

function totalWords(sections: readonly Section[]): number {
  let words = 0;
  for (const s of sections)
    for (const p of s.paragraphs) for (const piece of p.pieces) words += pieceWords(piece);
  return words;
}

/** One line of the annex: "C3: civil society (Caritas Sahel), French, Q2." */
function annexLine(label: string, c: AnalysedContribution, round: NoteRound): string {
  const type = STAKEHOLDER_NAMES[c.stakeholderType ?? ''] ?? 'Stakeholder type not given';
  const question =
    c.questionNumber !== undefined && (round.questions?.length ?? 0) > 1
      ? `, Q${c.questionNumber}`
      : '';
  return `${label}: ${type}${c.organisation ? ` (${c.organisation})` : ''}, ${languageName(c.language)}${question}.`;
}

/**
 * Adds what the budget allows, round-robin over the objectives (each offering its next point),
 * then cross-cutting points and questions: first up to the target, then within its tolerance.
 * Citing a new contribution costs its annex line too.
 */
function fitToTarget(
  sections: readonly Section[],
  options: readonly Option[][],
  target: number,
  annexWords: (id: string) => number,
): void {
  const cited = new Set<string>();
  const citeAll = (pieces: readonly Piece[]) => {
    for (const piece of pieces) for (const id of citedIds(piece.text)) cited.add(id);
  };
  for (const s of sections) for (const p of s.paragraphs) citeAll(p.pieces);
  let words = totalWords(sections) + [...cited].reduce((n, id) => n + annexWords(id), 0);
  const cost = (pieces: readonly Piece[]) => {
    const fresh = new Set<string>();
    for (const piece of pieces)
      for (const id of citedIds(piece.text)) if (!cited.has(id)) fresh.add(id);
    return (
      pieces.reduce((sum, p) => sum + pieceWords(p), 0) +
      [...fresh].reduce((n, id) => n + annexWords(id), 0)
    );
  };
  // Each objective's main point first, then three questions, then the rest round-robin.
  const objectiveLists = options.slice(0, -2);
  const [crossOptions, questionOptions] = options.slice(-2);
  const depth = Math.max(0, ...objectiveLists.map((o) => o.length));
  const order: Option[] = [];
  for (let rank = 0; rank < depth; rank++) {
    if (rank === 1) order.push(...questionOptions.slice(0, 3));
    for (const list of objectiveLists) if (rank < list.length) order.push(list[rank]);
  }
  order.push(...questionOptions.slice(depth > 1 ? 3 : 0), ...crossOptions);
  const leadWords = (paragraph: Paragraph) =>
    paragraph.lead && !leads.has(paragraph) ? countWords(paragraph.lead) : 0;
  const leads = new Set<Paragraph>();
  const chosen = new Map<Option, number>();
  const choose = (option: Option, index: number, limit: number): boolean => {
    const current = chosen.get(option);
    const before = current === undefined ? [] : option.variants[current];
    const after = option.variants[index];
    const extra =
      cost(after.slice(before.length)) + (current === undefined ? leadWords(option.paragraph) : 0);
    if (words + extra > limit) return false;
    words += extra;
    citeAll(after);
    leads.add(option.paragraph);
    chosen.set(option, index);
    return true;
  };
  // Breadth before depth: every point said briefly (each objective's main one with its quote),
  // then quotes added where the budget allows; up to the target, then a little over it, well
  // inside the 10% the length rule allows.
  const main = new Set(objectiveLists.map((list) => list[0]));
  for (const option of order) {
    if (option.variants.length > 0)
      choose(option, main.has(option) ? 0 : option.variants.length - 1, target);
  }
  for (const limit of [target, target * (1 + TOLERANCE / 2)]) {
    for (const option of order) {
      const current = chosen.get(option);
      if (option.variants.length === 0 || current === 0) continue;
      if (current === undefined && choose(option, option.variants.length - 1, limit)) continue;
      for (let richer = 0; richer < chosen.get(option)!; richer++) {
        if (choose(option, richer, limit)) break;
      }
    }
  }
  for (const option of order) {
    const index = chosen.get(option);
    if (index === undefined) continue;
    const { paragraph } = option;
    if (paragraph.lead && paragraph.pieces.length === 0) {
      paragraph.pieces.push({ text: paragraph.lead, sourceIds: [] });
    }
    paragraph.pieces.push(...option.variants[index]);
  }
}

function citedIds(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(new RegExp(`${CITE_OPEN}([^${CITE_CLOSE}]*)${CITE_CLOSE}`, 'g'))) {
    if (m[1]) ids.push(...m[1].split(' ').slice(0, MAX_CITED));
  }
  return ids;
}

/** Labels C1, C2… in the order contributions are first cited. */
function labelInReadingOrder(sections: readonly Section[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const s of sections)
    for (const p of s.paragraphs)
      for (const piece of p.pieces)
        for (const id of citedIds(piece.text))
          if (!labels.has(id)) labels.set(id, `C${labels.size + 1}`);
  return labels;
}

function finishSection(section: Section, labels: ReadonlyMap<string, string>): NoteSection {
  const paragraphs: NoteParagraph[] = section.paragraphs
    .filter((p) => p.pieces.length > 0)
    .map((p) => ({
      text: p.pieces
        .map((piece) =>
          piece.text.replace(
            new RegExp(`${CITE_OPEN}([^${CITE_CLOSE}]*)${CITE_CLOSE}`, 'g'),
            (_, ids: string) => {
              const all = ids ? ids.split(' ') : [];
              const shown = all.slice(0, MAX_CITED).map((id) => labels.get(id) ?? '?');
              return `[${shown.join(', ')}${all.length > MAX_CITED ? ` and ${all.length - MAX_CITED} more` : ''}]`;
            },
          ),
        )
        .join(' '),
      sourceIds: [...new Set(p.pieces.flatMap((piece) => piece.sourceIds))].sort(compareIds),
      kind: p.kind,
      quotes: p.pieces.flatMap((piece) => {
        const gloss =
          piece.quote && p.pieces.find((g) => g.gloss?.claimId === piece.quote!.claim.id)?.gloss;
        return piece.quote
          ? [
              {
                text: piece.quote.claim.text,
                contributionId: piece.quote.claim.contributionId,
                language: piece.quote.claim.language,
                ...(piece.quote.claim.language !== 'en'
                  ? {
                      english: englishStatement(piece.quote.claim),
                      ...(gloss ? { gloss: gloss.text } : {}),
                    }
                  : {}),
                label: labels.get(piece.quote.claim.contributionId) ?? '?',
              },
            ]
          : [];
      }),
    }));
  return {
    heading: section.heading,
    ...(section.objectiveNumber !== undefined ? { objectiveNumber: section.objectiveNumber } : {}),
    paragraphs,
  };
}
