import {
  ConflictError,
  ForbiddenError,
  hasRole,
  InvalidInputError,
  type Actor,
  type Language,
} from '@convene/common';

export const ROUND_STATUSES = ['draft', 'open', 'closed', 'synthesizing', 'drafted'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export type MemberRole = 'moderator' | 'co_chair';

/** What the rules need to know about a round. */
export interface RoundAccess {
  id: string;
  status: RoundStatus;
  closesAt: Date;
  moderatorIds: readonly string[];
  coChairIds: readonly string[];
}

export interface NewRound {
  objectiveNumbers: number[];
  languages: Language[];
  closesAt: Date;
  questions: { number: number; text: Partial<Record<Language, string>> }[];
}

export function isRoundModerator(actor: Actor, round: RoundAccess): boolean {
  return hasRole(actor, 'moderator') && round.moderatorIds.includes(actor.id);
}

export function isRoundCoChair(actor: Actor, round: RoundAccess): boolean {
  return hasRole(actor, 'co_chair') && round.coChairIds.includes(actor.id);
}

export function isRoundMember(actor: Actor, round: RoundAccess): boolean {
  return round.moderatorIds.includes(actor.id) || round.coChairIds.includes(actor.id);
}

/** Draft rounds are the business of their members; once open, every signed-in user sees them. */
export function assertCanView(actor: Actor, round: RoundAccess): void {
  if (round.status === 'draft' && !isRoundMember(actor, round) && !hasRole(actor, 'admin')) {
    throw new ForbiddenError('this round is not open yet and you are not one of its members');
  }
}

export function assertModerates(actor: Actor, round: RoundAccess): void {
  if (!isRoundModerator(actor, round)) {
    throw new ForbiddenError('only a moderator of this round can do this');
  }
}

export function validateNewRound(input: NewRound, now: Date): void {
  if (Number.isNaN(input.closesAt.getTime())) {
    throw new InvalidInputError('closesAt is not a valid date');
  }
  if (input.closesAt.getTime() <= now.getTime()) {
    throw new InvalidInputError('closesAt must lie in the future');
  }
  const numbers = input.questions.map((q) => q.number);
  if (new Set(numbers).size !== numbers.length) {
    throw new InvalidInputError('question numbers must be unique');
  }
  for (const question of input.questions) {
    for (const [language, text] of Object.entries(question.text) as [Language, unknown][]) {
      if (text !== undefined && language !== 'en' && !input.languages.includes(language)) {
        throw new InvalidInputError(
          `question ${question.number} has a ${language} text but the round does not use ${language}`,
        );
      }
    }
  }
}

export function assertCanOpen(round: RoundAccess, now: Date): void {
  if (round.status !== 'draft') throw new ConflictError(`the round is ${round.status}, not draft`);
  if (round.closesAt.getTime() <= now.getTime()) {
    throw new ConflictError('the closing time of this round has passed');
  }
}

export function assertCanClose(round: RoundAccess): void {
  if (round.status !== 'open') throw new ConflictError(`the round is ${round.status}, not open`);
}

/**
 * The round's life: draft → open → closed → synthesizing ⇄ drafted. A new draft may be asked
 * for while one is under way (synthesizing stays synthesizing) or after one was written.
 */
const TRANSITIONS: Record<RoundStatus, readonly RoundStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['synthesizing'],
  synthesizing: ['synthesizing', 'drafted'],
  drafted: ['synthesizing'],
};

export function assertTransition(from: RoundStatus, to: RoundStatus): void {
  if (!TRANSITIONS[from].includes(to)) {
    throw new ConflictError(`a round cannot go from ${from} to ${to}`);
  }
}

/** Whether a scheduled close should act now; a small lead absorbs clock drift between hosts. */
export function isDueToClose(round: RoundAccess, now: Date, leadMs = 1000): boolean {
  return round.status === 'open' && round.closesAt.getTime() <= now.getTime() + leadMs;
}
