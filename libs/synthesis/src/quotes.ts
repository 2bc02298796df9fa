import type { ContributionLanguage } from './language';

/** Double quotation marks are reserved for quotations of contributions in the note. */
export const QUOTE_OPEN = '“';
export const QUOTE_CLOSE = '”';

const LANGUAGE_NAMES: Record<ContributionLanguage, string> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  other: 'another language',
};

export function languageName(language: ContributionLanguage): string {
  return LANGUAGE_NAMES[language];
}

/** The quotations in a paragraph's text, for checking them against their sources. */
export function extractQuotations(text: string): string[] {
  return [...text.matchAll(/“([^“”]*)”/g)].map((m) => m[1]);
}
