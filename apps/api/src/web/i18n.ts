import type { StakeholderType } from '@convene/common';
import * as console from './messages/console.messages';
import * as notes from './messages/notes.messages';
import * as pages from './messages/pages.messages';

export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const en = { ...pages.en, ...console.en, ...notes.en };

export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

const fr: Messages = { ...pages.fr, ...console.fr, ...notes.fr };
const es: Messages = { ...pages.es, ...console.es, ...notes.es };

export const MESSAGES: Record<Locale, Messages> = { en, fr, es };

/** A message of the interface in the reader's language, with its {placeholders} filled. */
export function translate(
  locale: Locale,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

export const stakeholderKey = (type: StakeholderType) => `stakeholder.${type}` as MessageKey;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The reader's language: asked for in the URL, kept in a cookie, or the browser's first known. */
export function chooseLocale(query: unknown, cookie: unknown, acceptLanguage: unknown): Locale {
  if (isLocale(query)) return query;
  if (isLocale(cookie)) return cookie;
  if (typeof acceptLanguage === 'string') {
    for (const part of acceptLanguage.split(',').slice(0, 10)) {
      const tag = part.trim().slice(0, 2).toLowerCase();
      if (isLocale(tag)) return tag;
    }
  }
  return 'en';
}

/** Dates as a reader of that language writes them, in UTC so that every reader sees one day. */
export function formatDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));
}
