import {
  PARAGRAPH_KINDS,
  type BackgroundNote,
  type NoteParagraph,
  type NoteQuote,
  type NoteSection,
} from '../draft-note';
import { escapeMarkdown } from '../note-markdown';
import { extractQuotations } from '../quotes';
import { splitSentences } from '../sentences';
import { trimSpan } from './claim-metrics';
import {
  authorReplies,
  labelledSpans,
  textAt,
  type LabelledContribution,
  type LabelledRound,
  type TextPlace,
} from './labelled-round';

/** The note's length must come within this share of its target, unless the input is shorter. */
const WORD_TOLERANCE = 0.1;

/** Sentences that say an objective (or the round) got nothing. */
export const NOTHING_FOUND =
  /\bno (?:contribution|point|practice|initiative|input)\b|drew no input|nothing/i;

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

export interface QuoteIssue {
  section: string;
  ref: string;
  quote: string;
  why: string;
}

export interface NothingFoundLine {
  section: string;
  sentence: string;
  /** The objectives it speaks of; empty when it speaks of the whole round. */
  objectives: number[];
}

export interface NoteIssues {
  /** Quotes of the paragraphs' quote lists. */
  quotes: number;
  /** Of those, quotes of French and Spanish contributions (by their labelled language). */
  foreignQuotes: number;
  /** Not found in the cited contribution (body or the author's replies), or inline “…” text found in none of the paragraph's sources. */
  notVerbatim: QuoteIssue[];
  /** Not a whole labelled claim, run of labelled claims or sentence: starts or ends mid-claim. */
  cut: QuoteIssue[];
  /** The same text quoted again. */
  repeated: QuoteIssue[];
  /** Under an objective that none of the labelled claims it overlaps is about. */
  misplaced: QuoteIssue[];
  /** French or Spanish quote with no English statement. */
  withoutEnglish: QuoteIssue[];
  /** "Nothing on objective N" while the labels have a claim on N. */
  falseNothingFound: NothingFoundLine[];
  /** Contribution refs (the fixtures' ids) and UUIDs printed in the Markdown. */
  idsInMarkdown: string[];
  contributions: number;
  /** Contributions neither among some paragraph's sources nor cited by their label outside the annex. */
  uncovered: string[];
  paragraphs: number;
  paragraphsWithoutKind: { section: string; kind: string }[];
  words: { count: number; target: number; input: number; deviation: number; withinTarget: boolean };
}

interface Located {
  place: TextPlace;
  start: number;
  end: number;
}

/** The quote's first occurrence in the body, else in the author's replies. */
function locate(c: LabelledContribution, quote: string): Located | undefined {
  const places: TextPlace[] = ['body', ...authorReplies(c).map((_, i) => i)];
  for (const place of places) {
    const start = textAt(c, place).indexOf(quote);
    if (start >= 0) return { place, start, end: start + quote.length };
  }
  return undefined;
}

/** Where claims and sentences of a text begin and end, as trimmed offsets. */
function boundaries(c: LabelledContribution, place: TextPlace) {
  const text = textAt(c, place);
  const spans = [
    ...labelledSpans(c).filter((s) => s.place === place),
    ...splitSentences(text, c.language),
  ].map((s) => trimSpan(text, s.start, s.end));
  return { starts: new Set(spans.map((s) => s.start)), ends: new Set(spans.map((s) => s.end)) };
}

/** A trailing ellipsis marks a quotation the note cut short. */
function withoutEllipsis(quote: string): { text: string; shortened: boolean } {
  const text = quote.replace(/\s*(?:…|\.\.\.)$/u, '');
  return { text, shortened: text !== quote };
}

function labelledObjectives(round: LabelledRound): Set<number> {
  return new Set(
    round.contributions.flatMap((c) =>
      [...c.claims, ...(c.replyClaims ?? [])].flatMap((l) =>
        l.objective === null ? [] : [l.objective],
      ),
    ),
  );
}

function isAnnex(section: NoteSection): boolean {
  return section.paragraphs.length > 0 && section.paragraphs.every((p) => p.kind === 'annex');
}

function sentencesOf(text: string): string[] {
  return text.match(/[^.?!]+[.?!]*/g)?.map((s) => s.trim()) ?? [];
}

function nothingFoundLines(
  section: NoteSection,
  paragraph: NoteParagraph,
  labelled: ReadonlySet<number>,
): NothingFoundLine[] {
  // Quoted contributors may well say "nothing"; only the note's own words count.
  const own = paragraph.text.replace(/“[^“”]*”/g, '“”');
  return sentencesOf(own)
    .filter((sentence) => NOTHING_FOUND.test(sentence))
    .map((sentence) => {
      const named = [...sentence.matchAll(/\bobjectives?\s+(\d+)/gi)].map((m) => Number(m[1]));
      const objectives =
        named.length > 0
          ? named
          : section.objectiveNumber !== undefined
            ? [section.objectiveNumber]
            : [];
      return { section: section.heading, sentence, objectives };
    })
    .filter(({ objectives }) =>
      objectives.length > 0 ? objectives.some((n) => labelled.has(n)) : labelled.size > 0,
    );
}

type QuoteCheck = 'notVerbatim' | 'cut' | 'misplaced' | 'withoutEnglish';

/** What is wrong with one quote of a paragraph, if anything. */
function judgeQuote(
  section: NoteSection,
  paragraph: NoteParagraph,
  quote: NoteQuote,
  c: LabelledContribution | undefined,
): Partial<Record<QuoteCheck, QuoteIssue>> {
  const issue = (why: string): QuoteIssue => ({
    section: section.heading,
    ref: quote.contributionId,
    quote: quote.text,
    why,
  });
  const found: Partial<Record<QuoteCheck, QuoteIssue>> = {};
  if (c && c.language !== 'en' && !quote.english?.trim())
    found.withoutEnglish = issue(`in ${c.language}`);
  const { text, shortened } = withoutEllipsis(quote.text);
  const at = c && locate(c, text);
  if (!c || !at || !paragraph.sourceIds.includes(quote.contributionId)) {
    const why = !c ? 'unknown contribution' : !at ? 'not in the contribution' : 'not a source';
    return { ...found, notVerbatim: issue(why) };
  }
  const { starts, ends } = boundaries(c, at.place);
  const span = trimSpan(textAt(c, at.place), at.start, at.end);
  if (shortened) found.cut = issue('cut short (…)');
  else if (!starts.has(span.start)) found.cut = issue('starts mid-claim');
  else if (!ends.has(span.end)) found.cut = issue('ends mid-claim');
  const n = section.objectiveNumber;
  const over = labelledSpans(c).filter(
    (s) => s.place === at.place && s.start < at.end && at.start < s.end,
  );
  if (n !== undefined && over.length > 0 && !over.some((s) => s.label.objective === n)) {
    const labels = over.map((s) => s.label.objective ?? 'none').join(', ');
    found.misplaced = issue(`labelled ${labels}, under objective ${n}`);
  }
  return found;
}

/** Inline “…” text of a paragraph that none of its sources holds. */
function inlineNotVerbatim(
  section: NoteSection,
  paragraph: NoteParagraph,
  byRef: ReadonlyMap<string, LabelledContribution>,
): QuoteIssue[] {
  const sources = paragraph.sourceIds.flatMap((id) => {
    const c = byRef.get(id);
    return c ? [c.text, ...authorReplies(c)] : [];
  });
  return extractQuotations(paragraph.text)
    .filter((inline) => !sources.some((s) => s.includes(withoutEllipsis(inline).text)))
    .map((quote) => ({
      section: section.heading,
      ref: paragraph.sourceIds.join(' '),
      quote,
      why: 'quoted in the text, found in none of its sources',
    }));
}

/** The token as a whole word of the text: "C1" is not in "C12", nor "x-1" in "x-10". */
function mentions(text: string, token: string): boolean {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The note's quotes, claims to nothing, ids and coverage, checked against the round's labels. */
export function checkNote(note: BackgroundNote, round: LabelledRound): NoteIssues {
  const byRef = new Map(round.contributions.map((c) => [c.ref, c]));
  const labelled = labelledObjectives(round);
  const placed = note.sections.flatMap((section) =>
    section.paragraphs.map((paragraph) => ({ section, paragraph })),
  );
  const quotes = placed.flatMap(({ section, paragraph }) =>
    paragraph.quotes.map((quote) => ({
      quote,
      contribution: byRef.get(quote.contributionId),
      judged: judgeQuote(section, paragraph, quote, byRef.get(quote.contributionId)),
      section,
    })),
  );
  const issuesOf = (check: QuoteCheck) => quotes.flatMap((q) => q.judged[check] ?? []);
  return {
    quotes: quotes.length,
    foreignQuotes: quotes.filter((q) => q.contribution && q.contribution.language !== 'en').length,
    notVerbatim: [
      ...placed.flatMap(({ section, paragraph }) => inlineNotVerbatim(section, paragraph, byRef)),
      ...issuesOf('notVerbatim'),
    ],
    cut: issuesOf('cut'),
    repeated: quotes
      .filter(
        ({ quote }, i) => quotes.findIndex((q) => q.quote.text.trim() === quote.text.trim()) < i,
      )
      .map(({ quote, section }) => ({
        section: section.heading,
        ref: quote.contributionId,
        quote: quote.text,
        why: 'quoted before',
      })),
    misplaced: issuesOf('misplaced'),
    withoutEnglish: issuesOf('withoutEnglish'),
    falseNothingFound: placed
      .filter(({ paragraph }) => paragraph.kind !== 'annex')
      .flatMap(({ section, paragraph }) => nothingFoundLines(section, paragraph, labelled)),
    idsInMarkdown: [
      ...round.contributions.map((c) => c.ref).filter((ref) => mentions(note.markdown, ref)),
      ...(note.markdown.match(UUID) ?? []),
    ],
    contributions: round.contributions.length,
    uncovered: uncovered(note, round),
    paragraphs: placed.length,
    paragraphsWithoutKind: placed
      .filter(({ paragraph }) => !PARAGRAPH_KINDS.includes(paragraph.kind))
      .map(({ section, paragraph }) => ({
        section: section.heading,
        kind: String(paragraph.kind),
      })),
    words: words(note),
  };
}

/**
 * Contributions the note does not account for: covered means among some (non-annex)
 * paragraph's sources and cited by its annex label in the Markdown outside the annex.
 */
function uncovered(note: BackgroundNote, round: LabelledRound): string[] {
  const body = note.sections.filter((s) => !isAnnex(s)).flatMap((s) => s.paragraphs);
  const annex = note.sections.filter(isAnnex).flatMap((s) => s.paragraphs);
  const sourced = new Set(body.flatMap((p) => p.sourceIds));
  const markdown = annex.reduce(
    (md, p) => md.split(escapeMarkdown(p.text)).join(''),
    note.markdown,
  );
  const labelOf = (ref: string) =>
    annex
      .find((p) => p.sourceIds.length === 1 && p.sourceIds[0] === ref)
      ?.text.match(/^([^:]+):/)?.[1];
  return round.contributions
    .map((c) => c.ref)
    .filter((ref) => {
      const label = labelOf(ref);
      const cited = label !== undefined && mentions(markdown, label);
      return !sourced.has(ref) || !cited;
    });
}

function words(note: BackgroundNote): NoteIssues['words'] {
  const { wordCount: count, wordTarget: target, inputWordCount: input } = note;
  const deviation = (count - target) / target;
  return {
    count,
    target,
    input,
    deviation,
    withinTarget: Math.abs(deviation) <= WORD_TOLERANCE || (deviation < 0 && input < target),
  };
}
