import type { ContributionLanguage } from './language';

export interface Sentence {
  text: string;
  /** Offsets into the original text: text.slice(start, end) === sentence text. */
  start: number;
  end: number;
}

const LOCALES: Record<ContributionLanguage, string> = { en: 'en', fr: 'fr', es: 'es', other: 'en' };
const segmenters = new Map<string, Intl.Segmenter>();

/** Abbreviations after which ICU may break although the sentence goes on ("M. Dupont", "para. 22"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|st|m|mme|mlle|sr|sra|srta|dra|no|nos|nº|n°|obj|para|paras|art|arts|p|pp|cf|vs|e\.g|i\.e|etc|approx|fig|ch|sec|vol|ed|eds|av|dept|govt|int|núm|pág)\.\s*$/i;

/**
 * Leading list markers and bullets are not part of the sentence: "• make", "(a) Recognize",
 * "2.organiser", "1). Invest".
 */
const LEADING_MARKER =
  /^(?:[\s\u00a0]*(?:[•·▪◦‣∙●○■□➢➤►\-–—*+]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)(?:\s*\.)?|\d{1,2}\.(?!\d)|\d{1,2}\s*-(?=\s)|[a-z]\.(?=\s)))+[\s\u00a0]*/i;

function segmenter(language: ContributionLanguage): Intl.Segmenter {
  const locale = LOCALES[language];
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

/**
 * Sentences with their offsets, by Intl.Segmenter for the language, with list markers and
 * surrounding whitespace trimmed and segments glued back together after an abbreviation.
 */
export function splitSentences(text: string, language: ContributionLanguage): Sentence[] {
  const spans: { start: number; end: number }[] = [];
  for (const { index, segment } of segmenter(language).segment(text)) {
    const end = index + segment.length;
    const previous = spans[spans.length - 1];
    const joinable =
      previous &&
      !/\n/.test(text.slice(previous.end, index + 1)) &&
      ABBREVIATION.test(text.slice(previous.start, previous.end));
    if (joinable) previous.end = end;
    else spans.push({ start: index, end });
  }
  const sentences: Sentence[] = [];
  for (const span of spans) {
    const raw = text.slice(span.start, span.end);
    const marker = LEADING_MARKER.exec(raw);
    const lead = marker ? marker[0].length : (/^\s*/.exec(raw)?.[0].length ?? 0);
    const trail = raw.length - raw.trimEnd().length;
    const start = span.start + lead;
    const end = span.end - trail;
    if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
    sentences.push({ text: text.slice(start, end), start, end });
  }
  return sentences;
}
