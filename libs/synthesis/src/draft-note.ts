import { GCM_OBJECTIVES } from '../../objectives/src/gcm-objectives';
import { assignedObjectives, compareIds } from './assignment';
import type { ContributionLanguage } from './language';
import { OBJECTIVE_LEXICON } from './objective-lexicon';
import { renderNoteMarkdown } from './note-markdown';
import { formatQuote, languageName, shortenQuote } from './quotes';
import type { KeyPoint, ObjectiveSynthesis } from './synthesise-objective';
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

export interface NoteQuote {
  /** Verbatim substring of the contribution's text. */
  text: string;
  contributionId: string;
  language: ContributionLanguage;
}

export interface NoteParagraph {
  text: string;
  /** The contributions the paragraph draws on. */
  sourceIds: string[];
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
  /** Words of all contributions: the note may fall short of the target only when this is below it. */
  inputWordCount: number;
  markdown: string;
}

export interface DraftBackgroundNoteInput {
  round: NoteRound;
  /** Visible contributions of the round, analysed. */
  contributions: readonly AnalysedContribution[];
  /** One per objective under review (missing ones count as unaddressed). */
  syntheses: readonly ObjectiveSynthesis[];
}

export const DEFAULT_NOTE_WORD_TARGET = 1000;
/** Maximum words per quotation tried by the length control, shortest first. */
const QUOTE_CAPS = [15, 20, 25, 30, 40, 55, 70];
const MAX_DESCRIPTION_WORDS = 40;
const CLOSE_ENOUGH = 0.97;
const TOLERANCE = 0.1;
/** Layouts from the fullest (0) to the tersest. */
const MAX_LEVEL = 3;
const MAX_OTHER_OBJECTIVES_LISTED = 6;

const STAKEHOLDER_GROUPS: Record<string, [plural: string, adjective: string]> = {
  member_state: ['Member States', 'Member State'],
  un_entity: ['UN entities', 'UN entity'],
  international_organization: ['international organizations', 'international organization'],
  civil_society: ['civil society', 'civil society'],
  academia: ['academia', 'academic'],
  private_sector: ['the private sector', 'private sector'],
  trade_union: ['trade unions', 'trade union'],
  local_authority: ['local authorities', 'local authority'],
  migrant_organization: ['migrant organizations', 'migrant organization'],
  nhri: ['national human rights institutions', 'national human rights institution'],
  individual: ['individuals', 'individual'],
};

function groupName(type: string): string {
  return STAKEHOLDER_GROUPS[type]?.[0] ?? 'other stakeholders';
}

function groupAdjective(type: string | undefined): string {
  return type ? (STAKEHOLDER_GROUPS[type]?.[1] ?? '') : '';
}

function objectiveTitle(number: number): string {
  return GCM_OBJECTIVES.find((o) => o.number === number)?.title.en ?? `Objective ${number}`;
}

/** "objective 19 (diaspora and development: 3)", where the full title would be too long. */
function objectiveShortName(number: number, detail?: string): string {
  const short = OBJECTIVE_LEXICON.find((o) => o.number === number)?.short;
  const inside = [short, detail].filter(Boolean).join(': ');
  return inside ? `objective ${number} (${inside})` : `objective ${number}`;
}

/** "a UN entity", "an academic". */
function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) && !phrase.startsWith('UN') ? 'an' : 'a'} ${phrase}`;
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]));
}

function union(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort(compareIds);
}

/** Titles and the round's own words are set in single quotes: double quotes are for contributions. */
function singleQuoted(text: string): string {
  return text.replace(/[“”"«»„]/g, (m) => (m === '”' || m === '»' ? '’' : '‘'));
}

function firstSentence(text: string, maxWords: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?:\s|$)/.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  const words = [...sentence.matchAll(/\S+/g)];
  if (words.length <= maxWords) return sentence;
  return `${words
    .slice(0, maxWords)
    .map((w) => w[0])
    .join(' ')
    .replace(/[,;:]$/, '')}…`;
}

/** A piece of a paragraph: text joined to the others with a space, so word counts add up. */
interface Piece {
  text: string;
  sourceIds: readonly string[];
  quote?: NoteQuote;
}

interface DraftParagraph {
  pieces: Piece[];
}

interface DraftSection {
  heading: string;
  objectiveNumber?: number;
  paragraphs: DraftParagraph[];
}

type Slot = 'priority' | 'practice' | 'ask';

interface QuoteSlot {
  paragraph: DraftParagraph;
  slot: Slot;
  keyPoint: KeyPoint;
}

interface QuoteOption extends QuoteSlot {
  /** Position in the round-robin over objectives. */
  order: number;
}

const QUESTIONS = [
  'What has worked so far, and what should {actor} do next?',
  'Which partnerships could {actor} build on, and how could they be scaled up?',
  'What would it take for {actor} to act on this, and how should progress be measured?',
];

const QUOTE_LEADS: Record<Slot, string[]> = {
  priority: ['noted:', 'stressed:', 'wrote:'],
  practice: ['reported:', 'described:', 'highlighted:'],
  ask: ['asked:', 'urged:', 'recommended:'],
};

/**
 * The background note: background and participation, the objectives under review, a section
 * per objective (priorities, trends and practices, asks and of whom, with verbatim quotations),
 * contributions on other objectives, and guiding questions. Quotations are added round-robin over
 * the objectives, at the quotation length that brings the paragraphs closest to the word target.
 */
export function draftBackgroundNote(input: DraftBackgroundNoteInput): BackgroundNote {
  const { round } = input;
  const target = round.noteWordTarget ?? DEFAULT_NOTE_WORD_TARGET;
  const contributions = [...new Map(input.contributions.map((c) => [c.id, c])).values()].sort(
    (a, b) => compareIds(a.id, b.id),
  );
  const byId = new Map(contributions.map((c) => [c.id, c]));
  const objectives = [...new Set(round.objectiveNumbers)].sort((a, b) => a - b);
  const syntheses = new Map(
    input.syntheses
      .filter((s) => objectives.includes(s.objectiveNumber))
      .map((s) => [s.objectiveNumber, withKnownSources(s, byId)]),
  );
  const inputWordCount = contributions.reduce((sum, c) => sum + countWords(c.text), 0);

  type Draft = { sections: DraftSection[]; words: number; cap: number; quotes: QuoteOption[] };
  let best: Draft | undefined;
  const distance = (d: Draft) => Math.abs(d.words - target);
  // The richest layout that can meet the target; terser ones for many objectives or a small target.
  for (let level = 0; level <= MAX_LEVEL; level++) {
    const { sections, options } = skeleton(round, objectives, contributions, syntheses, level);
    const baseWords = sumWords(sections);
    let bestOfLevel: Draft | undefined;
    for (const cap of QUOTE_CAPS) {
      let words = baseWords;
      const chosen: QuoteOption[] = [];
      for (const option of options) {
        const piece = quotePiece(option, cap, byId);
        if (!piece) continue;
        const added = countWords(piece.text);
        if (words + added > target) continue;
        words += added;
        chosen.push(option);
      }
      const candidate = { sections, words, cap, quotes: chosen };
      // Ties keep the shorter quotations.
      if (!bestOfLevel || distance(candidate) < distance(bestOfLevel)) bestOfLevel = candidate;
      // Short quotations are preferred as soon as they bring the note close to its target.
      if (words >= target * CLOSE_ENOUGH) break;
    }
    if (!best || distance(bestOfLevel!) < distance(best)) best = bestOfLevel;
    if (distance(best!) <= target * TOLERANCE) break;
  }

  const { sections, cap, quotes } = best!;
  for (const option of quotes) {
    const piece = quotePiece(option, cap, byId);
    if (piece) option.paragraph.pieces.push(piece);
  }
  const finished = sections.map(finishSection);
  const title = `Background note: ${round.title}`;
  const note = {
    title,
    sections: finished,
    wordCount: finished.reduce(
      (sum, s) => sum + s.paragraphs.reduce((n, p) => n + countWords(p.text), 0),
      0,
    ),
    wordTarget: target,
    inputWordCount,
  };
  return { ...note, markdown: renderNoteMarkdown(note) };
}

/** A synthesis stripped of any id that is not a contribution of the input. */
function withKnownSources(
  synthesis: ObjectiveSynthesis,
  byId: Map<string, AnalysedContribution>,
): ObjectiveSynthesis {
  const known = (ids: readonly string[]) => ids.filter((id) => byId.has(id));
  return {
    ...synthesis,
    contributionIds: known(synthesis.contributionIds),
    themes: synthesis.themes
      .map((t) => ({ ...t, contributionIds: known(t.contributionIds) }))
      .filter((t) => t.contributionIds.length > 0),
    keyPoints: synthesis.keyPoints
      .map((k) => ({ ...k, contributionIds: known(k.contributionIds) }))
      .filter((k) => k.contributionIds.length > 0),
    asks: synthesis.asks
      .map((a) => ({ ...a, contributionIds: known(a.contributionIds) }))
      .filter((a) => a.contributionIds.length > 0),
  };
}

function sumWords(sections: DraftSection[]): number {
  let words = 0;
  for (const s of sections)
    for (const p of s.paragraphs) for (const piece of p.pieces) words += countWords(piece.text);
  return words;
}

function finishSection(section: DraftSection): NoteSection {
  return {
    heading: section.heading,
    ...(section.objectiveNumber !== undefined ? { objectiveNumber: section.objectiveNumber } : {}),
    paragraphs: section.paragraphs
      .filter((p) => p.pieces.length > 0)
      .map((p) => ({
        text: p.pieces.map((piece) => piece.text).join(' '),
        sourceIds: union(...p.pieces.map((piece) => piece.sourceIds)),
        quotes: p.pieces.flatMap((piece) => (piece.quote ? [piece.quote] : [])),
      })),
  };
}

function quotePiece(
  option: QuoteOption,
  cap: number,
  byId: Map<string, AnalysedContribution>,
): Piece | undefined {
  const quote = shortenQuote(option.keyPoint.text, cap);
  if (!quote) return undefined;
  const sourceId = option.keyPoint.contributionIds.find((id) =>
    byId.get(id)?.text.includes(quote.text),
  );
  if (!sourceId) return undefined;
  const source = byId.get(sourceId)!;
  const adjective = groupAdjective(source.stakeholderType);
  const leads = QUOTE_LEADS[option.slot];
  const lead = leads[option.order % leads.length];
  const who = withArticle(adjective ? `${adjective} contribution` : 'contribution');
  const formatted = formatQuote(quote, source.language);
  return {
    text: `${who[0].toUpperCase()}${who.slice(1)} ${lead} ${formatted}${quote.truncated && source.language === 'en' ? '' : '.'}`,
    sourceIds: [sourceId],
    quote: { text: quote.text, contributionId: sourceId, language: source.language },
  };
}

function skeleton(
  round: NoteRound,
  objectives: number[],
  contributions: AnalysedContribution[],
  syntheses: Map<number, ObjectiveSynthesis>,
  level: number,
): { sections: DraftSection[]; options: QuoteOption[] } {
  const allIds = contributions.map((c) => c.id);
  const sections: DraftSection[] = [
    {
      heading: 'Background',
      paragraphs: backgroundParagraphs(round, objectives, contributions, level),
    },
    {
      heading: 'Objectives under review',
      paragraphs: [objectivesParagraph(objectives, syntheses, level)],
    },
  ];
  const slotsByObjective: QuoteSlot[][] = [];
  for (const number of objectives) {
    const synthesis = syntheses.get(number);
    const { section, slots } = objectiveSection(number, synthesis, level);
    sections.push(section);
    slotsByObjective.push(slots);
  }
  sections.push({
    heading: 'Contributions on other objectives',
    paragraphs: [otherObjectivesParagraph(objectives, contributions, allIds, level)],
  });
  sections.push({
    heading: 'Guiding questions for the roundtable',
    paragraphs: guidingQuestions(objectives, syntheses, contributions, level),
  });

  // Round-robin: each objective in turn offers its next key point, best first.
  const options: QuoteOption[] = [];
  const rounds = Math.max(0, ...slotsByObjective.map((s) => s.length));
  for (let rank = 0; rank < rounds; rank++) {
    for (const slots of slotsByObjective) {
      if (rank < slots.length) options.push({ ...slots[rank], order: options.length });
    }
  }
  return { sections, options };
}

function backgroundParagraphs(
  round: NoteRound,
  objectives: number[],
  contributions: AnalysedContribution[],
  level: number,
): DraftParagraph[] {
  const purpose = [
    `This note draws on the online consultation ‘${singleQuoted(round.title)}’, held to inform the roundtable on ${
      objectives.length === 1 ? 'objective' : 'objectives'
    } ${listOf(objectives.map(String))} of the Global Compact for Safe, Orderly and Regular Migration (GCM).`,
  ];
  if (round.description && level === 0) {
    purpose.push(
      `The round was introduced as follows: ${singleQuoted(firstSentence(round.description, MAX_DESCRIPTION_WORDS))}`,
    );
  }
  const paragraphs: DraftParagraph[] = [
    { pieces: purpose.map((text) => ({ text, sourceIds: [] })) },
  ];

  const ids = contributions.map((c) => c.id);
  if (contributions.length === 0) {
    paragraphs.push({ pieces: [{ text: 'No contributions were received.', sourceIds: [] }] });
    return paragraphs;
  }
  const groups = countBy(contributions, (c) => c.stakeholderType ?? 'unspecified');
  const known = groups.filter(([type]) => type !== 'unspecified');
  const languages = countBy(contributions, (c) => c.language).map(
    ([language, n]) =>
      `${n.toLocaleString('en-GB')} in ${languageName(language as ContributionLanguage)}`,
  );
  const pieces = [
    `It received ${plural(contributions.length, 'contribution')}${
      known.length > 0
        ? ` from ${listOf(known.map(([type, n]) => `${groupName(type)} (${n.toLocaleString('en-GB')})`))}`
        : ''
    }${groups.length > known.length ? ' and participants who gave no stakeholder type' : ''}, written ${listOf(languages)}.`,
  ];
  const questions = countBy(
    contributions.filter((c) => c.questionNumber !== undefined),
    (c) => String(c.questionNumber),
  );
  if (questions.length > 1 && level === 0) {
    pieces.push(
      `By discussion question: ${listOf(
        questions
          .sort((a, b) => Number(a[0]) - Number(b[0]))
          .map(([q, n]) => `question ${q} (${n.toLocaleString('en-GB')})`),
      )}.`,
    );
  }
  if (level < MAX_LEVEL) {
    pieces.push('Moderators’ replies were read as context and are not counted as contributions.');
  }
  paragraphs.push({ pieces: pieces.map((text) => ({ text, sourceIds: ids })) });
  return paragraphs;
}

function objectivesParagraph(
  objectives: number[],
  syntheses: Map<number, ObjectiveSynthesis>,
  level: number,
): DraftParagraph {
  const entries = objectives.map((n) => {
    const count = syntheses.get(n)?.contributionIds.length ?? 0;
    return level > 0
      ? `objective ${n} (${count.toLocaleString('en-GB')})`
      : objectiveShortName(n, plural(count, 'contribution'));
  });
  return {
    pieces: [
      {
        text: `The roundtable reviews ${objectives.length === 1 ? 'one objective' : `${objectives.length} objectives`} of the GCM: ${entries.join('; ')}.`,
        sourceIds: union(...objectives.map((n) => syntheses.get(n)?.contributionIds ?? [])),
      },
    ],
  };
}

function objectiveSection(
  number: number,
  synthesis: ObjectiveSynthesis | undefined,
  level: number,
): { section: DraftSection; slots: QuoteSlot[] } {
  const heading = `Objective ${number}: ${objectiveTitle(number)}`;
  if (!synthesis || synthesis.contributionIds.length === 0) {
    return {
      section: {
        heading,
        objectiveNumber: number,
        paragraphs: [
          {
            pieces: [
              {
                text:
                  level < 2
                    ? 'No contribution addressed this objective, so this note has no stakeholder input on it to report.'
                    : 'No contribution addressed this objective.',
                sourceIds: [],
              },
            ],
          },
        ],
      },
      slots: [],
    };
  }
  const ids = synthesis.contributionIds;
  const n = ids.length;
  const languages = Object.entries(synthesis.counts.byLanguage)
    .sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
    .map(
      ([language, count]) =>
        `${count.toLocaleString('en-GB')} in ${languageName(language as ContributionLanguage)}`,
    );
  const groups = Object.entries(synthesis.counts.byStakeholderType)
    .filter(([type]) => type !== 'unspecified')
    .sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
    .slice(0, 3)
    .map(([type, count]) => `${groupName(type)} (${count.toLocaleString('en-GB')})`);

  const own = synthesis.themes.filter((t) => !/\(Objective \d+\)$/.test(t.label));
  const crossCutting = synthesis.themes.filter((t) => /\(Objective \d+\)$/.test(t.label));
  const priorities: Piece[] = [
    {
      text: `This objective drew ${plural(n, 'contribution')}${level < 2 ? ` (${listOf(languages)})` : ''}${
        groups.length > 0 && level === 0 ? `, mostly from ${listOf(groups)}` : ''
      }.`,
      sourceIds: ids,
    },
  ];
  if (own.length > 0 && level < MAX_LEVEL) {
    const top = own.slice(0, [3, 2, 1][level]);
    priorities.push({
      text: `Their priorities: ${listOf(
        top.map(
          (t, i) =>
            `${lowerFirst(t.label)} (${i === 0 ? plural(t.contributionIds.length, 'contribution') : t.contributionIds.length.toLocaleString('en-GB')})`,
        ),
      )}.`,
      sourceIds: union(...top.map((t) => t.contributionIds)),
    });
  }
  if (crossCutting.length > 0 && level === 0) {
    const theme = crossCutting[0];
    priorities.push({
      text: `Of these, ${theme.contributionIds.length.toLocaleString('en-GB')} linked it to ${lowerFirst(
        theme.label.replace(/ \(Objective (\d+)\)$/, ' (objective $1)'),
      )}.`,
      sourceIds: theme.contributionIds,
    });
  }

  const asks = synthesis.keyPoints.filter((k) => k.kinds.includes('ask'));
  const practices = synthesis.keyPoints.filter(
    (k) => !k.kinds.includes('ask') && k.kinds.includes('practice'),
  );

  const practiceIds = union(...practices.map((k) => k.contributionIds));
  const practice: Piece[] = [
    practices.length > 0
      ? {
          text: `Trends and practices: ${plural(practiceIds.length, 'contribution')} described initiatives, programmes or trends.`,
          sourceIds: practiceIds,
        }
      : {
          text: 'Trends and practices: no specific initiative or programme was described.',
          sourceIds: ids,
        },
  ];

  const actors = synthesis.asks.slice(0, 3);
  const askIds = union(
    ...asks.map((k) => k.contributionIds),
    ...actors.map((a) => a.contributionIds),
  );
  const ask: Piece[] = [
    actors.length > 0
      ? {
          text: `Asks: mainly of ${listOf(
            actors.map(
              (a, i) =>
                `${a.actor} (${i === 0 ? plural(a.contributionIds.length, 'contribution') : a.contributionIds.length.toLocaleString('en-GB')})`,
            ),
          )}.`,
          sourceIds: union(...actors.map((a) => a.contributionIds)),
        }
      : asks.length > 0
        ? {
            text: 'Asks: requests rarely named who should act.',
            sourceIds: askIds,
          }
        : {
            text: 'Asks: no explicit request was made under this objective.',
            sourceIds: ids,
          },
  ];

  const paragraphs =
    level > 0
      ? [{ pieces: priorities }]
      : [{ pieces: priorities }, { pieces: practice }, { pieces: ask }];
  const [priorityParagraph, practiceParagraph = paragraphs[0], askParagraph = paragraphs[0]] =
    paragraphs;
  const slots = synthesis.keyPoints.map((keyPoint) =>
    asks.includes(keyPoint)
      ? { paragraph: askParagraph, slot: 'ask' as const, keyPoint }
      : practices.includes(keyPoint)
        ? { paragraph: practiceParagraph, slot: 'practice' as const, keyPoint }
        : { paragraph: priorityParagraph, slot: 'priority' as const, keyPoint },
  );
  return { section: { heading, objectiveNumber: number, paragraphs }, slots };
}

function otherObjectivesParagraph(
  objectives: number[],
  contributions: AnalysedContribution[],
  allIds: string[],
  level: number,
): DraftParagraph {
  const outside = new Map<number, string[]>();
  const unassigned: string[] = [];
  const speaking: string[] = [];
  for (const c of contributions) {
    const assigned = assignedObjectives(c.objectives);
    if (assigned.length === 0) unassigned.push(c.id);
    const others = assigned.filter((n) => !objectives.includes(n));
    if (others.length > 0) speaking.push(c.id);
    for (const n of others) outside.set(n, [...(outside.get(n) ?? []), c.id]);
  }
  const pieces: Piece[] = [];
  if (speaking.length > 0 && level >= 2) {
    pieces.push({
      text: `Beyond the objectives under review, ${plural(speaking.length, 'contribution')} also spoke to other GCM objectives.`,
      sourceIds: speaking,
    });
  } else if (speaking.length > 0) {
    const listed = [...outside.entries()]
      .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
      .slice(0, level === 0 ? MAX_OTHER_OBJECTIVES_LISTED : 3);
    pieces.push({
      text: `Beyond the objectives under review, ${plural(speaking.length, 'contribution')} also spoke to ${listOf(
        listed.map(([n, ids]) => objectiveShortName(n, ids.length.toLocaleString('en-GB'))),
      )}${outside.size > listed.length ? ', among others' : ''}. They are noted here for the co-chairs; this note does not synthesise those objectives.`,
      sourceIds: speaking,
    });
  }
  if (unassigned.length > 0 && level < MAX_LEVEL) {
    pieces.push({
      text: `In addition, ${plural(unassigned.length, 'contribution')} addressed the consultation in general terms, without a specific objective.`,
      sourceIds: unassigned,
    });
  }
  if (pieces.length === 0) {
    pieces.push({
      text: 'All contributions addressed objectives under review in this roundtable.',
      sourceIds: allIds,
    });
  }
  return { pieces };
}

function guidingQuestions(
  objectives: number[],
  syntheses: Map<number, ObjectiveSynthesis>,
  contributions: AnalysedContribution[],
  level: number,
): DraftParagraph[] {
  const paragraphs: DraftParagraph[] = [];
  const size = (n: number) => syntheses.get(n)?.contributionIds.length ?? 0;
  // Terser layouts ask about the most discussed objectives only.
  const asked =
    level < 2
      ? objectives
      : [...objectives]
          .sort((a, b) => size(b) - size(a) || a - b)
          .slice(0, level === 2 ? 3 : 1)
          .sort((a, b) => a - b);
  for (const number of asked) {
    const synthesis = syntheses.get(number);
    const theme = synthesis?.themes.find((t) => !/\(Objective \d+\)$/.test(t.label));
    if (!synthesis || synthesis.contributionIds.length === 0 || !theme) {
      if (level > 0) continue;
      paragraphs.push({
        pieces: [
          {
            text: `Objective ${number} drew no specific input: what experience can participants share on how to ${lowerFirst(
              objectiveTitle(number),
            )}?`,
            sourceIds: [],
          },
        ],
      });
      continue;
    }
    const actor = synthesis.asks[0]?.actor ?? 'governments and other stakeholders';
    const question = QUESTIONS[paragraphs.length % QUESTIONS.length].replace('{actor}', actor);
    paragraphs.push({
      pieces: [
        {
          text: `Objective ${number}: contributors stressed ${lowerFirst(theme.label)}. ${question}`,
          sourceIds: theme.contributionIds,
        },
      ],
    });
  }
  const outside = countBy(
    contributions.flatMap((c) =>
      assignedObjectives(c.objectives)
        .filter((n) => !objectives.includes(n))
        .map((n) => ({ n, id: c.id })),
    ),
    (e) => String(e.n),
  );
  if (outside.length > 0 && level < 2) {
    const [first, count] = outside[0];
    const n = Number(first);
    paragraphs.push({
      pieces: [
        {
          text: `Beyond this roundtable, ${plural(count, 'contribution')} pointed to ${objectiveShortName(
            n,
          )}: how should the roundtable take such links into account?`,
          sourceIds: contributions
            .filter((c) => assignedObjectives(c.objectives).includes(n))
            .map((c) => c.id),
        },
      ],
    });
  }
  return paragraphs;
}
