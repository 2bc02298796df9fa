import type { ContributionLanguage } from './language';
import { isFunctionWord } from './terms';

/** Double quotation marks are reserved for quotations of contributions in the note. */
export const QUOTE_OPEN = '“';
export const QUOTE_CLOSE = '”';
const QUOTE_MARKS = /["“”«»„‟]/;
const WORD = /[\p{L}\p{N}]+(?:['’.,\-‐][\p{L}\p{N}]+)*/gu;
const MIN_QUOTE_WORDS = 4;

export interface ShortQuote {
  text: string;
  /** The quote stops before the end of the sentence. */
  truncated: boolean;
}

/**
 * A verbatim quotation from a sentence of at most maxWords words: the sentence's beginning, cut at
 * a clause boundary where there is one late enough, else after a word. Stops before any quotation
 * mark inside the sentence, and drops the last word of a sentence the source itself truncated
 * ("adaptation an..."). Undefined when fewer than four words would remain.
 */
export function shortenQuote(sentence: string, maxWords: number): ShortQuote | undefined {
  let text = sentence;
  const mark = QUOTE_MARKS.exec(text);
  if (mark) text = text.slice(0, mark.index);
  const sourceTruncated = /(?:\.\.\.|…)\s*$/.test(text);
  const words = [...text.matchAll(WORD)];
  let keep = words.length - (sourceTruncated ? 1 : 0);
  let end = keep > 0 ? words[keep - 1].index + words[keep - 1][0].length : 0;
  if (keep > maxWords) {
    keep = maxWords;
    end = words[keep - 1].index + words[keep - 1][0].length;
    const earliest = Math.ceil(maxWords * 0.6);
    const clause = /[,;:—–(]/g;
    let cut = -1;
    for (const m of text.slice(0, end).matchAll(clause)) {
      const wordsBefore = [...text.slice(0, m.index).matchAll(WORD)].length;
      if (wordsBefore >= earliest) cut = m.index;
    }
    if (cut > 0) {
      end = cut;
      keep = [...text.slice(0, cut).matchAll(WORD)].length;
    }
  }
  // A quotation should not end on "and", "of", "des" or "y", nor inside an open parenthesis.
  while (keep > MIN_QUOTE_WORDS && endsWeakly(words[keep - 1][0])) {
    keep--;
    end = words[keep - 1].index + words[keep - 1][0].length;
  }
  const open = text.slice(0, end).lastIndexOf('(');
  if ((open >= 0 && text.indexOf(')', open) < 0) || (open >= 0 && text.indexOf(')', open) >= end)) {
    end = open;
    keep = [...text.slice(0, end).matchAll(WORD)].length;
  }
  if (keep < MIN_QUOTE_WORDS) return undefined;
  const quote = text.slice(0, end).replace(/[\s,;:—–(-]+$/u, '');
  const rest = sentence.slice(quote.length).replace(/[\s.!?…;:]+$/u, '');
  return { text: quote, truncated: rest.length > 0 };
}

function endsWeakly(word: string): boolean {
  const w = word.toLowerCase();
  return isFunctionWord(w, 'en') || isFunctionWord(w, 'fr') || isFunctionWord(w, 'es');
}

const LANGUAGE_NAMES: Record<ContributionLanguage, string> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  other: 'another language',
};

export function languageName(language: ContributionLanguage): string {
  return LANGUAGE_NAMES[language];
}

/** “quote”, with an ellipsis when cut short and the language when not English. */
export function formatQuote(quote: ShortQuote, language: ContributionLanguage): string {
  const ellipsis = quote.truncated ? '…' : '';
  const marker = language === 'en' ? '' : ` (in ${LANGUAGE_NAMES[language]})`;
  return `${QUOTE_OPEN}${quote.text}${QUOTE_CLOSE}${ellipsis}${marker}`;
}

/** The quotations in a paragraph's text, for checking them against their sources. */
export function extractQuotations(text: string): string[] {
  return [...text.matchAll(/“([^“”]*)”/g)].map((m) => m[1]);
}
