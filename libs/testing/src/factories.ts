import type { Language } from '@convene/common';

export interface RoundInput {
  title: string;
  description: string;
  objectiveNumbers: number[];
  languages: Language[];
  closesAt: string;
  noteWordTarget?: number;
  questions: { number: number; text: Partial<Record<Language, string>> }[];
  coChairIds?: string[];
}

/** A valid round body; override what a test is about. */
export function roundInput(overrides: Partial<RoundInput> = {}): RoundInput {
  return {
    title: 'Roundtable on regular pathways and decent work',
    description: 'Inputs for the background note of the roundtable.',
    objectiveNumbers: [2, 5, 6],
    languages: ['en', 'fr', 'es'],
    closesAt: new Date(Date.now() + 24 * 3600 * 1000).toISOString(),
    questions: [
      {
        number: 1,
        text: {
          en: 'What should the roundtable prioritise?',
          fr: 'Quelles priorités pour la table ronde ?',
          es: '¿Qué prioridades para la mesa redonda?',
        },
      },
      { number: 2, text: { en: 'Which practices have worked?' } },
    ],
    ...overrides,
  };
}

export function contributionInput(
  overrides: Partial<{
    questionNumber: number;
    body: string;
    language: Language;
    objectiveNumbers: number[];
  }> = {},
) {
  return {
    questionNumber: 1,
    body: 'Labour mobility schemes should guarantee equal treatment and portable social protection.',
    ...overrides,
  };
}
