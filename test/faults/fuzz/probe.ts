import { createHmac } from 'node:crypto';
import type { TestUser } from '@convene/testing';

export type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';

export interface Probe {
  category: string;
  method: Method;
  /** Under /api, query string included, already encoded. */
  path: string;
  /** The Authorization header; null sends none. */
  auth: string | null;
  headers?: Record<string, string | string[]>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent byte for byte with this Content-Type. */
  raw?: { type: string; data: string | Buffer };
  /** Sent as multipart/form-data. */
  form?: Record<string, string>;
  /** The statuses the contract calls for; any 4xx when absent. */
  expect?: number[];
}

export interface Outcome {
  probe: Probe;
  status: number;
  contentType: string;
  body: unknown;
  text: string;
}

/** Users of each role and records in each state, made before the run, for probes to aim at. */
export interface FuzzContext {
  admin: { id: string; token: string };
  moderator: TestUser;
  otherModerator: TestUser;
  coChair: TestUser;
  /** A stakeholder, author of both contributions. */
  author: TestUser;
  /** A stakeholder with a contribution to closedRound. */
  outsider: TestUser;
  /** The moderator's round, still a draft. */
  draftRound: string;
  /** The moderator's open round (English and French, questions 1 and 2). */
  openRound: string;
  /** The moderator's round, closed and drafted; coChair co-chairs it. */
  closedRound: string;
  /** author's contribution to openRound, and the moderator's reply to it. */
  contribution: string;
  reply: string;
  /** author's contribution to closedRound, and the moderator's reply to it. */
  closedContribution: string;
  closedReply: string;
  /** author's notification of the reply; coChair's of the note. */
  authorNotification: string;
  coChairNotification: string;
  jwtSecret: string;
}

export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every choice a probe makes comes from here, so that one seed replays the whole run. */
export interface Random {
  next(): number;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], n: number): T[];
  hex(n: number): string;
  /** A well-formed id that names nothing. */
  unknownId(): string;
}

export function choices(next: () => number): Random {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  return {
    next,
    pick,
    sample: <T>(items: readonly T[], n: number): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
    hex,
    unknownId: () =>
      `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`,
  };
}

/** The Authorization header of each fixture user. */
export function bearers(ctx: FuzzContext) {
  const of = (user: { token: string }) => `Bearer ${user.token}`;
  return {
    admin: of(ctx.admin),
    moderator: of(ctx.moderator),
    otherModerator: of(ctx.otherModerator),
    coChair: of(ctx.coChair),
    author: of(ctx.author),
    outsider: of(ctx.outsider),
  };
}

export const b64url = (s: string) => Buffer.from(s).toString('base64url');

/** An HS256 token as jsonwebtoken makes it, so the guard meets tokens it did not issue. */
export function signToken(
  payload: object,
  secret: string,
  header: object = { alg: 'HS256' },
): string {
  const part = (o: object) => b64url(JSON.stringify(o));
  const data = `${part(header)}.${part(payload)}`;
  return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`;
}

/** Values of the wrong type for any field, whatever it expects. */
export const WRONG_TYPES: unknown[] = [true, false, [], {}, { a: 1 }, [[]], [{}]];
export const NOT_STRINGS: unknown[] = [0, 1, -1, 1.5, 1e308, ...WRONG_TYPES, ['text']];
const NOT_INTS: unknown[] = [
  '1',
  '',
  'one',
  1.5,
  -0.5,
  1e308,
  -1e308,
  2 ** 53 + 2,
  ...WRONG_TYPES,
  [1],
];

export interface Field {
  name: string;
  required: boolean;
  /** Values that must each make the request invalid. */
  invalid: unknown[];
}

export function stringField(
  name: string,
  min: number,
  max: number,
  required = true,
  stored = true,
): Field {
  const invalid: unknown[] = [...NOT_STRINGS, 'x'.repeat(max + 1), 'é'.repeat(max + 1)];
  // U+0000, which PostgreSQL cannot store in text (a password is only hashed, never stored).
  if (stored) invalid.push('before\u0000after'.padEnd(min, 'x'));
  if (min >= 1) invalid.push('');
  if (min > 1) invalid.push('x'.repeat(min - 1));
  if (required) invalid.push(null);
  return { name, required, invalid };
}

export function intField(name: string, min: number, max: number, required = true): Field {
  const invalid: unknown[] = [...NOT_INTS, min - 1, max + 1, -2147483649, 2147483648];
  if (required) invalid.push(null);
  return { name, required, invalid };
}

export function enumField(name: string, wrong: string[], required = true): Field {
  const invalid: unknown[] = [...wrong, '', 1, ...WRONG_TYPES];
  if (required) invalid.push(null);
  return { name, required, invalid };
}

export function intArrayField(name: string, max: number, minSize: number, required = true): Field {
  const invalid: unknown[] = [
    [0],
    [max + 1],
    [-1],
    [1.5],
    ['1'],
    [null],
    [true],
    [[1]],
    [{}],
    [1, 1],
    Array.from({ length: max + 1 }, (_, i) => i + 1),
    'x',
    5,
    {},
    { 0: 1 },
    true,
  ];
  if (minSize >= 1) invalid.push([]);
  if (required) invalid.push(null);
  return { name, required, invalid };
}
