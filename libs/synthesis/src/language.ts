import LanguageDetect from 'languagedetect';
import { eng, fra, spa } from 'stopword';

export type ContributionLanguage = 'en' | 'fr' | 'es' | 'other';

const SUPPORTED = ['en', 'fr', 'es'] as const;
type Supported = (typeof SUPPORTED)[number];

const detector = new LanguageDetect();
detector.setLanguageType('iso2');

const FUNCTION_WORDS: Record<Supported, ReadonlySet<string>> = {
  en: new Set(eng),
  fr: new Set(fra),
  es: new Set(spa),
};

/** Trigram profiles settle within a few hundred characters; longer samples only cost time. */
const SAMPLE_CHARS = 1_000;
/** Grammatical words alone decide when one language has this share of the words and the next has at most half as many. */
const CLEAR_FUNCTION_SHARE = 0.25;
const WORD = /\p{L}+/gu;

export interface LanguageScores {
  /** Share of words that are grammatical words of each language. */
  functionWords: Record<Supported, number>;
  /** Trigram score of each language, and of the best other language. */
  trigram: Record<Supported | 'other', number>;
}

function functionWordShares(sample: string): Record<Supported, number> {
  const words = (sample.toLowerCase().match(WORD) ?? []) as string[];
  const shares = { en: 0, fr: 0, es: 0 };
  for (const word of words) {
    for (const language of SUPPORTED) if (FUNCTION_WORDS[language].has(word)) shares[language]++;
  }
  for (const language of SUPPORTED) shares[language] /= Math.max(1, words.length);
  return shares;
}

export function languageScores(text: string): LanguageScores {
  const sample = text.slice(0, SAMPLE_CHARS);
  const functionWords = functionWordShares(sample);
  const trigram = { en: 0, fr: 0, es: 0, other: 0 };
  for (const [code, score] of detector.detect(sample, 8)) {
    if (code === 'en' || code === 'fr' || code === 'es')
      trigram[code] = Math.max(trigram[code], score);
    else if (code) trigram.other = Math.max(trigram.other, score);
  }
  return { functionWords, trigram };
}

/**
 * English, French, Spanish or other. Grammatical words separate the three well even in short
 * texts; trigrams decide whether the text is in one of them at all. A declared language wins
 * when the text is too short to tell or the evidence is close.
 */
export function detectLanguage(text: string, declaredLanguage?: string): ContributionLanguage {
  const declared = SUPPORTED.find((l) => l === declaredLanguage);
  const wordCount = (text.slice(0, SAMPLE_CHARS).match(WORD) ?? []).length;
  if (wordCount < 3) return declared ?? (wordCount === 0 ? 'other' : guess(text));
  return guess(text, declared);
}

function guess(text: string, declared?: Supported): ContributionLanguage {
  // Most contributions are plainly in one of the three: their grammatical words say so, and the (slower) trigrams are not needed.
  const shares = functionWordShares(text.slice(0, SAMPLE_CHARS));
  const [first, second] = [...SUPPORTED].sort((a, b) => shares[b] - shares[a]);
  if (shares[first] >= CLEAR_FUNCTION_SHARE && shares[second] <= shares[first] / 2) return first;
  const { functionWords, trigram } = languageScores(text);
  const combined = (l: Supported) => functionWords[l] + trigram[l];
  const ranked = [...SUPPORTED].sort((a, b) => combined(b) - combined(a));
  const best = ranked[0];
  const bestFunctionShare = Math.max(...SUPPORTED.map((l) => functionWords[l]));
  // Another language's trigrams clearly ahead, and few of our grammatical words: not en/fr/es.
  if (trigram.other > trigram[best] + 0.05 && bestFunctionShare < 0.2) return 'other';
  if (combined(best) === 0) return declared ?? 'other';
  if (declared && combined(declared) >= combined(best) - 0.08) return declared;
  return best;
}
