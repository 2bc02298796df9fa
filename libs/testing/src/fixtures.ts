import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language, StakeholderType } from '@convene/common';

/** The real consultation of ../shared/fixtures, read where it lies (never copied into the project). */
export interface ImrfFixture {
  round: {
    title: string;
    description: string;
    objectiveNumbers: number[];
    languages: Language[];
    noteWordTarget: number;
    questions: { number: number; text: Partial<Record<Language, string>> }[];
  };
  contributions: {
    ref: string;
    question: number;
    text: string;
    language: Language;
    participant: { handle: string; organisation: string | null; stakeholderType: StakeholderType };
    replies: {
      text: string;
      participant: { handle: string; role?: string };
    }[];
  }[];
}

const SHARED_FIXTURES = resolve(__dirname, '../../../../shared/fixtures');

export function loadImrfFixture(): ImrfFixture {
  return JSON.parse(readFileSync(resolve(SHARED_FIXTURES, 'imrf-rt1.json'), 'utf8')) as ImrfFixture;
}

/** A POST /rounds body for the fixture's round, open for an hour. */
export function fixtureRoundInput(fixture: ImrfFixture, coChairIds: string[] = []) {
  const { round } = fixture;
  return {
    title: round.title,
    description: round.description,
    objectiveNumbers: round.objectiveNumbers,
    languages: round.languages,
    noteWordTarget: round.noteWordTarget,
    questions: round.questions,
    closesAt: new Date(Date.now() + 3600_000).toISOString(),
    coChairIds,
  };
}
