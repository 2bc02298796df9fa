import { Command } from '@nestjs/cqrs';
import type { Actor, Language } from '@convene/common';
import type { RoundStatus } from './round-policy';

export interface CreateRoundInput {
  title: string;
  description: string;
  objectiveNumbers: number[];
  languages: Language[];
  closesAt: Date;
  noteWordTarget?: number;
  questions: { number: number; text: Partial<Record<Language, string>> & { en: string } }[];
  coChairIds?: string[];
}

export class CreateRoundCommand extends Command<{ id: string; status: RoundStatus }> {
  constructor(
    readonly actor: Actor,
    readonly input: CreateRoundInput,
  ) {
    super();
  }
}
