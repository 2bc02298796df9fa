import type { ContributionLanguage, SentenceKind } from '@convene/synthesis';

// Listed against the engine's types, so a new value does not compile until the spec names it.

export const CONTRIBUTION_LANGUAGES = Object.keys({
  en: 0,
  fr: 0,
  es: 0,
  other: 0,
} satisfies Record<ContributionLanguage, 0>);

export const SENTENCE_KINDS = Object.keys({ ask: 0, practice: 0 } satisfies Record<
  SentenceKind,
  0
>);
