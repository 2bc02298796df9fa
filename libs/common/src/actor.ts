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
