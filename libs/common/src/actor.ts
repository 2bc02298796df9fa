export const ROLES = ['admin', 'moderator', 'co_chair', 'stakeholder'] as const;
export type Role = (typeof ROLES)[number];

/** Who asks for a command: a signed-in user, or the platform itself (scheduled work). */
export interface Actor {
  id: string;
  roles: readonly Role[];
}

export const SYSTEM_ACTOR: Actor = { id: 'system', roles: [] };

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

export const STAKEHOLDER_TYPES = [
  'member_state',
  'un_entity',
  'international_organization',
  'civil_society',
  'academia',
  'private_sector',
  'trade_union',
  'local_authority',
  'migrant_organization',
  'nhri',
  'individual',
] as const;
export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number];

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text limits of the public contract, in characters. */
export const TEXT_LIMITS = {
  roundTitle: 200,
  roundDescription: 10_000,
  questionText: 2_000,
  contributionBody: 20_000,
  replyBody: 5_000,
  reason: 1_000,
  displayName: 200,
  organisation: 200,
} as const;
