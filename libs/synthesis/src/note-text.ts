/** Small English phrasing helpers of the note: lists, plurals, groups, objective names. */
import { GCM_OBJECTIVES } from '../../objectives/src/gcm-objectives';
import { compareIds } from './assignment';
import { OBJECTIVE_LEXICON } from './objective-lexicon';
import type { AnalysedContribution } from './types';

export const GROUPS: Record<string, [plural: string, one: string]> = {
  member_state: ['Member States', 'a Member State'],
  un_entity: ['UN entities', 'a UN entity'],
  international_organization: ['international organizations', 'an international organization'],
  civil_society: ['civil society organizations', 'a civil society organization'],
  academia: ['academics', 'an academic'],
  private_sector: ['private sector actors', 'a private sector actor'],
  trade_union: ['trade unions', 'a trade union'],
  local_authority: ['local authorities', 'a local authority'],
  migrant_organization: ['migrant organizations', 'a migrant organization'],
  nhri: ['national human rights institutions', 'a national human rights institution'],
  individual: ['individuals', 'an individual'],
};

export const STAKEHOLDER_NAMES: Record<string, string> = {
  member_state: 'Member State',
  un_entity: 'UN entity',
  international_organization: 'International organization',
  civil_society: 'Civil society',
  academia: 'Academia',
  private_sector: 'Private sector',
  trade_union: 'Trade union',
  local_authority: 'Local authority',
  migrant_organization: 'Migrant organization',
  nhri: 'National human rights institution',
  individual: 'Individual',
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

export function upperFirst(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

export function singleQuoted(text: string): string {
  return text.replace(/[“”"«»„]/g, (m) => (m === '”' || m === '»' ? '’' : '‘'));
}

export function objectiveTitle(n: number): string {
  return GCM_OBJECTIVES.find((o) => o.number === n)?.title.en ?? `Objective ${n}`;
}

export function objectiveShort(n: number): string {
  const short = OBJECTIVE_LEXICON.find((o) => o.number === n)?.short;
  return short ? `objective ${n} (${short})` : `objective ${n}`;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]));
}

/** "civil society organizations (2), a trade union and a Member State", counting people. */
export function stakeholderGroups(
  ids: readonly string[],
  byId: ReadonlyMap<string, AnalysedContribution>,
  authorOf: (id: string) => string,
): string {
  const byAuthor = new Map<string, string>();
  for (const id of ids) byAuthor.set(authorOf(id), byId.get(id)?.stakeholderType ?? 'unspecified');
  const groups = countBy([...byAuthor.values()], (t) => t);
  const named = groups
    .filter(([type]) => GROUPS[type])
    .slice(0, 4)
    .map(([type, n]) => (n === 1 ? GROUPS[type][1] : `${GROUPS[type][0]} (${n})`));
  const rest = groups.length - named.length;
  return `${listOf(named.length > 0 ? [...named, ...(rest > 0 ? ['others'] : [])] : ['participants'])}`;
}

/** "one contributor", "3 contributors". */
export function contributorsPhrase(n: number): string {
  return n === 1 ? 'one contributor' : plural(n, 'contributor');
}
