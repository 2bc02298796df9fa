import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language, StakeholderType } from '@convene/common';

/** The real consultation in test/fixtures/imrf-rt1.json (test/fixtures/README.md says where it comes from). */
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

/** The repository's own fixtures: tests, eval and benchmarks read nothing outside the project. */
export const FIXTURES_DIR = resolve(__dirname, '../../../test/fixtures');

/** Parses a JSON file of test/fixtures; the caller names the shape it expects. */
export function readJsonFixture<T>(name: string): T {
  return JSON.parse(readFileSync(resolve(FIXTURES_DIR, name), 'utf8')) as T;
}

export function loadImrfFixture(): ImrfFixture {
  return readJsonFixture<ImrfFixture>('imrf-rt1.json');
}

/** The GCM's 23 objectives with their English titles, as the Compact words them. */
export interface GcmObjectivesFixture {
  objectives: { number: number; title: { en: string } }[];
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
