import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import {
  eventually,
  roundInput,
  startTestApp,
  TEST_ADMIN,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/**
 * Issue 4: well over a thousand malformed requests, generated from a seed, across every
 * endpoint. None may get a 5xx or a 2xx, every JSON error has Nest's shape, and nothing
 * stored changes. Replay a failing run with FUZZ_SEED=<the printed seed>.
 */

const SEED = (Number(process.env.FUZZ_SEED) || 0x5eedc0de) >>> 0;
const CONCURRENCY = 20;
const MIN_REQUESTS = 1000;
const ONE_MB = 1024 * 1024;

/** Every table a request could change (and those the worker writes after one). */
const TABLES = [
  'users',
  'rounds',
  'questions',
  'round_members',
  'contributions',
  'contribution_objectives',
  'contribution_analyses',
  'replies',
  'moderation_log',
  'contribution_corrections',
  'contribution_correction_log',
  'notifications',
  'idempotency_keys',
  'draft_requests',
  'syntheses',
  'background_notes',
  'outbox',
];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';

interface Probe {
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

interface Outcome {
  probe: Probe;
  status: number;
  contentType: string;
  body: unknown;
  text: string;
}

/** An HS256 token as jsonwebtoken makes it, so the guard meets tokens it did not issue. */
function signToken(payload: object, secret: string, header: object = { alg: 'HS256' }): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const data = `${part(header)}.${part(payload)}`;
  return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`;
}

const bearer = (user: { token: string }) => `Bearer ${user.token}`;
const b64url = (s: string) => Buffer.from(s).toString('base64url');

/** Values of the wrong type for any field, whatever it expects. */
const WRONG_TYPES: unknown[] = [true, false, [], {}, { a: 1 }, [[]], [{}]];
const NOT_STRINGS: unknown[] = [0, 1, -1, 1.5, 1e308, ...WRONG_TYPES, ['text']];
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

interface Field {
  name: string;
  required: boolean;
  /** Values that must each make the request invalid. */
  invalid: unknown[];
}

function stringField(
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

function intField(name: string, min: number, max: number, required = true): Field {
  const invalid: unknown[] = [...NOT_INTS, min - 1, max + 1, -2147483649, 2147483648];
  if (required) invalid.push(null);
  return { name, required, invalid };
}

function enumField(name: string, wrong: string[], required = true): Field {
  const invalid: unknown[] = [...wrong, '', 1, ...WRONG_TYPES];
  if (required) invalid.push(null);
  return { name, required, invalid };
}

function intArrayField(name: string, max: number, minSize: number, required = true): Field {
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

/** An endpoint that takes a body, with a valid body and who may send it. */
interface BodyRoute {
  name: string;
  method: Method;
  path: string;
  auth: string | null;
  valid: () => Record<string, unknown>;
  fields: Field[];
  /** Requests built to be refused beyond the fields' own faults. */
  extra: Record<string, unknown>[];
}

/** An endpoint with an id in its path. */
interface IdRoute {
  name: string;
  method: Method;
  path: (id: string) => string;
  auth: string;
  body?: Record<string, unknown>;
}

describe('fuzz: malformed requests across every endpoint', () => {
  let app: TestApp;
  let server: Server | string;
  let admin: { id: string; token: string };
  let moderator: TestUser;
  let otherModerator: TestUser;
  let coChair: TestUser;
  let author: TestUser;
  let outsider: TestUser;
  /** The moderator's round, still a draft. */
  let draftRound: string;
  /** The moderator's open round (English and French, questions 1 and 2). */
  let openRound: string;
  /** The moderator's round, closed and drafted; coChair co-chairs it. */
  let closedRound: string;
  /** author's contribution to openRound, and the moderator's reply to it. */
  let contribution: string;
  let reply: string;
  /** author's contribution to closedRound, and the moderator's reply to it. */
  let closedContribution: string;
  let closedReply: string;
  /** author's notification of the reply; coChair's of the note. */
  let authorNotification: string;
  let coChairNotification: string;

  async function snapshot(): Promise<Record<string, { n: number; hash: string }>> {
    const result: Record<string, { n: number; hash: string }> = {};
    for (const table of TABLES) {
      const [row] = await app.db.query(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS hash
           FROM ${table} t`,
      );
      result[table] = { n: row.n, hash: row.hash };
    }
    return result;
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT: 'off' } });
    server = app.api.server;
    const adminToken = await app.api.admin();
    [moderator, otherModerator, coChair, author, outsider] = await Promise.all([
      app.api.user(['moderator']),
      app.api.user(['moderator']),
      app.api.user(['co_chair']),
      app.api.user(['stakeholder'], { organisation: 'Union A', stakeholderType: 'trade_union' }),
      app.api.user(['stakeholder']),
    ]);
    const found = await app.api.as(adminToken).get(`/users?email=${TEST_ADMIN.email}`);
    admin = { id: found.body[0].id, token: adminToken.token };

    const as = (user: { token: string }) => app.api.as(user);
    const bilingual = roundInput({
      languages: ['en', 'fr'],
      questions: [
        { number: 1, text: { en: 'What should the roundtable prioritise?', fr: 'Quoi ?' } },
        { number: 2, text: { en: 'Which practices have worked?' } },
      ],
    });
    draftRound = (await as(moderator).post('/rounds', bilingual)).body.id;
    openRound = (await as(moderator).post('/rounds', bilingual)).body.id;
    closedRound = (await as(moderator).post('/rounds', roundInput({ coChairIds: [coChair.id] })))
      .body.id;
    for (const id of [openRound, closedRound]) {
      expect((await as(moderator).post(`/rounds/${id}/open`)).status).toBe(200);
    }
    const submit = async (user: TestUser, roundId: string, body: string) => {
      const res = await as(user).post(`/rounds/${roundId}/contributions`, {
        questionNumber: 1,
        body,
      });
      expect(res.status).toBe(202);
      return res.body.id as string;
    };
    const replyTo = async (id: string) => {
      const res = await as(moderator).post(`/contributions/${id}/replies`, {
        body: 'Thank you; could you say which objective this serves?',
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    contribution = await submit(author, openRound, 'Labour mobility needs decent work.');
    reply = await replyTo(contribution);
    closedContribution = await submit(
      author,
      closedRound,
      'Regular pathways must widen for workers in every sector, with portable social protection.',
    );
    await submit(
      outsider,
      closedRound,
      'Les voies de migration régulière doivent respecter le travail décent et la protection sociale.',
    );
    closedReply = await replyTo(closedContribution);
    expect((await as(moderator).post(`/rounds/${closedRound}/close`)).status).toBe(202);
    await eventually(
      async () =>
        (await as(coChair).get(`/rounds/${closedRound}/background-notes/latest`)).status === 200,
      { timeoutMs: 30_000, intervalMs: 200, what: 'the first note of the closed round' },
    );
    authorNotification = await eventually(async () => {
      const res = await as(author).get('/me/notifications');
      return res.body[0]?.id as string | undefined;
    });
    coChairNotification = await eventually(async () => {
      const res = await as(coChair).get('/me/notifications');
      return res.body[0]?.id as string | undefined;
    });
    await app.drain();
  }, 60_000);

  afterAll(() => app?.close());

  /** The malformed requests, in a seeded order. */
  function generate(random: () => number): Probe[] {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const sample = <T>(items: readonly T[], n: number): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    };
    const hex = (n: number) =>
      Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
    /** A well-formed id that names nothing. */
    const unknownId = () =>
      `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
    const probes: Probe[] = [];
    const add = (probe: Probe) => probes.push(probe);

    const mod = bearer(moderator);
    const stakeholder = bearer(author);
    const adminAuth = bearer(admin);

    const validRound = () => ({
      ...roundInput({
        languages: ['en', 'fr'],
        questions: [{ number: 1, text: { en: 'What works?', fr: 'Quoi ?' } }],
      }),
      noteWordTarget: 800,
      coChairIds: [coChair.id],
    });
    const validContribution = () => ({
      questionNumber: 1,
      body: 'Fair recruitment needs enforcement.',
      language: 'en',
      objectiveNumbers: [6],
    });

    const bodyRoutes: BodyRoute[] = [
      {
        name: 'register',
        method: 'post',
        path: '/auth/register',
        auth: null,
        valid: () => ({
          email: `fuzz-${hex(8)}@example.test`,
          password: 'a-long-enough-password',
          displayName: 'Fuzz Tester',
          organisation: 'Fuzz Org',
          stakeholderType: 'academia',
        }),
        fields: [
          {
            ...stringField('email', 3, 254),
            invalid: [
              ...NOT_STRINGS,
              null,
              '',
              'not-an-email',
              'a@',
              '@example.test',
              'a b@example.test',
              'a@b',
              `${'a'.repeat(65)}@example.test`,
              `${'a'.repeat(60)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.test`,
              "' OR 1=1--@example.test",
            ],
          },
          stringField('password', 12, 200, true, false),
          stringField('displayName', 1, 200),
          stringField('organisation', 1, 200, false),
          enumField('stakeholderType', ['ngo', 'CIVIL_SOCIETY', 'civil society', 'admin']),
        ],
        extra: [
          // The same email as an account that exists, in other letter case: a conflict.
          {
            email: author.email.toUpperCase(),
            password: 'a-long-enough-password',
            displayName: 'Twin',
            stakeholderType: 'academia',
          },
          {
            email: TEST_ADMIN.email,
            password: 'a-long-enough-password',
            displayName: 'Fake admin',
            stakeholderType: 'individual',
          },
        ],
      },
      {
        name: 'login',
        method: 'post',
        path: '/auth/login',
        auth: null,
        valid: () => ({ email: author.email, password: 'not-the-password' }),
        fields: [
          {
            name: 'email',
            required: true,
            invalid: [...NOT_STRINGS, null, '', 'nobody', `${'a'.repeat(250)}@e.test`],
          },
          stringField('password', 1, 200, true, false),
        ],
        extra: [
          { email: author.email, password: 'wrong-password-123' },
          { email: author.email.toUpperCase(), password: `${author.password}x` },
          { email: 'nobody@example.test', password: author.password },
          { email: TEST_ADMIN.email, password: "' OR 1=1--" },
        ],
      },
      {
        name: 'set roles',
        method: 'put',
        path: `/users/${outsider.id}/roles`,
        auth: adminAuth,
        valid: () => ({ roles: ['stakeholder', 'moderator'] }),
        fields: [
          {
            name: 'roles',
            required: true,
            invalid: [
              null,
              [],
              'admin',
              ['superuser'],
              ['ADMIN'],
              ['admin', 'admin'],
              ['stakeholder', 'stakeholder', 'moderator', 'co_chair', 'admin'],
              [null],
              [1],
              [['admin']],
              [{ role: 'admin' }],
              { 0: 'admin' },
              ...NOT_STRINGS,
            ],
          },
        ],
        extra: [],
      },
      {
        name: 'create round',
        method: 'post',
        path: '/rounds',
        auth: mod,
        valid: validRound,
        fields: [
          stringField('title', 1, 200),
          {
            name: 'description',
            required: true,
            invalid: [...NOT_STRINGS, null, 'x'.repeat(10_001)],
          },
          intArrayField('objectiveNumbers', 23, 1),
          {
            name: 'languages',
            required: true,
            invalid: [
              null,
              [],
              ['de'],
              ['EN'],
              ['en', 'en'],
              'en',
              [1],
              [null],
              [['en']],
              ...WRONG_TYPES,
            ],
          },
          {
            name: 'closesAt',
            required: true,
            invalid: [
              null,
              '',
              'tomorrow',
              '2000-01-01T00:00:00Z',
              '1970-01-01T00:00:00.000Z',
              '2099-13-01T00:00:00Z',
              '2099-02-30T00:00:00Z',
              '2099-01-01T24:00:00Z',
              '2099-01-01T00:00:60Z',
              '2099-01-01 00:00:00Z',
              '2099-01-01T00:00:00+99:00',
              '+275760-09-13T00:00:00.000Z',
              '2099-W01-1',
              "2099-01-01'; DROP TABLE rounds;--",
              Date.now() + 3_600_000,
              ...WRONG_TYPES,
            ],
          },
          intField('noteWordTarget', 300, 5000, false),
          {
            name: 'questions',
            required: true,
            invalid: [
              null,
              [],
              'q',
              {},
              [null],
              ['q'],
              [{}],
              [{ number: 1 }],
              [{ text: { en: 'q' } }],
              [{ number: 1, text: 'hello' }],
              [{ number: 1, text: ['hello'] }],
              [{ number: 1, text: {} }],
              [{ number: 1, text: { en: '' } }],
              [{ number: 1, text: { en: 5 } }],
              [{ number: 1, text: { en: 'x'.repeat(2001) } }],
              [{ number: 1, text: { en: 'q', fr: 'x'.repeat(2001) } }],
              [{ number: 1, text: { en: 'q', de: 'Was?' } }],
              [{ number: 1, text: { en: 'q', es: '¿Qué?' } }],
              [{ number: 1, text: { en: 'q' }, extra: true }],
              [{ number: 0, text: { en: 'q' } }],
              [{ number: 100, text: { en: 'q' } }],
              [{ number: '1', text: { en: 'q' } }],
              [{ number: 1.5, text: { en: 'q' } }],
              [
                { number: 1, text: { en: 'q' } },
                { number: 1, text: { en: 'again' } },
              ],
              Array.from({ length: 51 }, (_, i) => ({ number: i + 1, text: { en: 'q' } })),
            ],
          },
          {
            name: 'coChairIds',
            required: false,
            invalid: [
              'x',
              [1],
              ['not-a-uuid'],
              [null],
              [coChair.id, coChair.id],
              [author.id],
              [unknownId()],
              Array.from({ length: 21 }, () => unknownId()),
              ...WRONG_TYPES.filter((v) => !Array.isArray(v) || v.length > 0),
            ],
          },
        ],
        extra: [],
      },
      {
        name: 'submit contribution',
        method: 'post',
        path: `/rounds/${openRound}/contributions`,
        auth: stakeholder,
        valid: validContribution,
        fields: [
          intField('questionNumber', 1, 99),
          stringField('body', 1, 20_000),
          enumField('language', ['de', 'EN', 'en-GB', 'es'], false),
          intArrayField('objectiveNumbers', 23, 0, false),
        ],
        // Well formed, but not for this round: question 3 does not exist, Spanish is not used.
        extra: [
          { questionNumber: 3, body: 'Which question?' },
          { questionNumber: 99, body: 'Which question?' },
          { questionNumber: 1, body: 'En español', language: 'es' },
        ],
      },
      {
        name: 'reply',
        method: 'post',
        path: `/contributions/${contribution}/replies`,
        auth: stakeholder,
        valid: () => ({ body: 'Agreed, and more.', parentReplyId: reply }),
        fields: [
          stringField('body', 1, 5000),
          {
            name: 'parentReplyId',
            required: false,
            invalid: [
              '1',
              '',
              'not-a-uuid',
              `${reply}0`,
              reply.replace(/-/g, ''),
              `{${reply}}`,
              123,
              ...WRONG_TYPES,
              // Well formed, but a reply elsewhere or to nothing.
              closedReply,
              unknownId(),
            ],
          },
        ],
        extra: [],
      },
      {
        name: 'hide',
        method: 'post',
        path: `/contributions/${contribution}/hide`,
        auth: mod,
        valid: () => ({ reason: 'off topic' }),
        fields: [stringField('reason', 1, 1000)],
        extra: [],
      },
      {
        name: 'restore',
        method: 'post',
        path: `/contributions/${contribution}/restore`,
        auth: mod,
        valid: () => ({ reason: 'back on topic' }),
        fields: [stringField('reason', 1, 1000, false)],
        // The contribution is visible: restoring it is a conflict.
        extra: [{ reason: 'not hidden' }, {}],
      },
      {
        name: 'correct objectives',
        method: 'put',
        path: `/contributions/${contribution}/objectives`,
        auth: mod,
        valid: () => ({ objectiveNumbers: [2, 6], reason: 'About pathways and recruitment.' }),
        fields: [intArrayField('objectiveNumbers', 23, 0), stringField('reason', 1, 1000, false)],
        extra: [],
      },
      {
        name: 'correct claim',
        method: 'post',
        path: `/contributions/${contribution}/claim-corrections`,
        auth: mod,
        valid: () => ({ start: 0, end: 15, objective: 6, kind: 'recommendation', reason: 'Why.' }),
        fields: [
          intField('start', 0, 20_000),
          intField('end', 1, 20_000),
          // null is a value here: the claim is about no objective.
          intField('objective', 1, 23, false),
          enumField('kind', ['Practice', 'evidence', 'claim', 'RECOMMENDATION'], false),
          stringField('reason', 1, 1000, false),
        ],
        // Well formed, but no span of this 34-character body, or no correction at all.
        extra: [
          { start: 5, end: 5, kind: 'practice' },
          { start: 9, end: 5, kind: 'practice' },
          { start: 0, end: 35, kind: 'practice' },
          { start: 0, end: 15 },
          { start: 0, end: 15, reason: 'Nothing to correct.' },
        ],
      },
    ];

    // 1. Each field of each body replaced by each value it must refuse; then dropped.
    for (const route of bodyRoutes) {
      for (const field of route.fields) {
        for (const value of field.invalid) {
          const body = route.valid();
          body[field.name] = value;
          add({
            category: 'field value',
            method: route.method,
            path: route.path,
            auth: route.auth,
            body,
            expect: [400],
          });
        }
        if (field.required) {
          const body = route.valid();
          delete body[field.name];
          add({
            category: 'missing field',
            method: route.method,
            path: route.path,
            auth: route.auth,
            body,
            expect: [400],
          });
        }
      }
      for (const body of route.extra) {
        add({
          category: 'refused by the rules',
          method: route.method,
          path: route.path,
          auth: route.auth,
          body,
        });
      }
      // Nothing at all, an empty object, and unknown fields beside valid ones.
      if (route.fields.some((f) => f.required)) {
        add({
          category: 'missing field',
          method: route.method,
          path: route.path,
          auth: route.auth,
          expect: [400],
        });
        add({
          category: 'missing field',
          method: route.method,
          path: route.path,
          auth: route.auth,
          body: {},
          expect: [400],
        });
      }
      for (const [key, value] of [
        ['id', unknownId()],
        ['role', 'admin'],
        ['roles', ['admin']],
        ['status', 'open'],
        ['hidden', true],
        ['authorId', outsider.id],
        ['isAdmin', true],
        ['', 'empty key'],
        ['$where', '1 == 1'],
        ['x'.repeat(10_000), 1],
      ] as [string, unknown][]) {
        if (route.fields.some((f) => f.name === key)) continue;
        add({
          category: 'unknown field',
          method: route.method,
          path: route.path,
          auth: route.auth,
          body: { ...route.valid(), [key]: value },
          expect: [400],
        });
      }
      // The body as something other than an object.
      for (const body of [[route.valid()], [], [1, 2]]) {
        add({
          category: 'wrong body type',
          method: route.method,
          path: route.path,
          auth: route.auth,
          body,
          expect: [400],
        });
      }
      // Prototype keys are stripped; what remains must still be refused.
      for (const protoKey of ['__proto__', 'constructor', 'prototype']) {
        const body = route.valid();
        delete body[route.fields[0].name];
        const json = JSON.stringify(body).replace(
          /^\{/,
          `{"${protoKey}":{"polluted":"yes","isAdmin":true,"roles":["admin"]},`,
        );
        add({
          category: 'prototype keys',
          method: route.method,
          path: route.path,
          auth: route.auth,
          raw: { type: 'application/json', data: json },
          expect: route.fields[0].required ? [400] : undefined,
        });
      }
      add({
        category: 'prototype keys',
        method: route.method,
        path: route.path,
        auth: route.auth,
        raw: {
          type: 'application/json',
          data: `{"constructor":{"prototype":{"polluted":"yes"}},"__proto__":{"polluted":"yes"},"a":{"__proto__":{"polluted":"yes"}}}`,
        },
        expect: [400],
      });
    }

    // 2. Seeded combinations: several faults in one body, on distinct fields.
    const combos = 260;
    for (let i = 0; i < combos; i++) {
      const route = pick(bodyRoutes);
      const body = route.valid();
      const fields = sample(
        route.fields,
        1 + Math.floor(random() * Math.min(3, route.fields.length)),
      );
      for (const field of fields) {
        if (field.required && random() < 0.2) delete body[field.name];
        else body[field.name] = pick(field.invalid);
      }
      if (random() < 0.3) body[`extra_${hex(4)}`] = pick(NOT_STRINGS);
      add({
        category: 'combined faults',
        method: route.method,
        path: route.path,
        auth: route.auth,
        body,
        expect: [400],
      });
    }

    // 3. Malformed JSON, the wrong content types and encodings.
    const brokenJson: (string | Buffer)[] = [
      '{"a":',
      '{',
      '}',
      '[',
      '{"title": "x",}',
      "{'title': 'x'}",
      '{"a":1} trailing',
      '{"a":1}{"b":2}',
      '"just a string"',
      '123',
      'null',
      'true',
      'NaN',
      '{"questionNumber": NaN}',
      '{"questionNumber": Infinity}',
      '{"body": undefined}',
      '{"body": "unterminated}',
      '{"body": "bad \\x escape"}',
      '{"a" 1}',
      '\u0000',
      ' ',
      Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d]),
      // Well-formed JSON, but not UTF-8: a truncated sequence, an encoded surrogate, Latin-1.
      Buffer.from('{"a":"\xc3("}', 'latin1'),
      Buffer.from('{"a":"\xed\xa0\x80"}', 'latin1'),
      Buffer.from('{"a":"caf\xe9"}', 'latin1'),
    ];
    const allRoutes: { method: Method; path: string; auth: string | null }[] = [
      { method: 'post', path: '/auth/register', auth: null },
      { method: 'post', path: '/auth/login', auth: null },
      { method: 'get', path: '/users', auth: adminAuth },
      { method: 'put', path: `/users/${outsider.id}/roles`, auth: adminAuth },
      { method: 'get', path: '/objectives', auth: null },
      { method: 'get', path: '/health', auth: null },
      { method: 'get', path: '/health/live', auth: null },
      { method: 'post', path: '/rounds', auth: mod },
      { method: 'get', path: '/rounds', auth: stakeholder },
      { method: 'get', path: `/rounds/${openRound}`, auth: stakeholder },
      { method: 'post', path: `/rounds/${draftRound}/open`, auth: mod },
      { method: 'post', path: `/rounds/${openRound}/close`, auth: mod },
      { method: 'post', path: `/rounds/${openRound}/contributions`, auth: stakeholder },
      { method: 'get', path: `/rounds/${openRound}/contributions`, auth: stakeholder },
      { method: 'get', path: `/contributions/${contribution}`, auth: stakeholder },
      { method: 'post', path: `/contributions/${contribution}/replies`, auth: stakeholder },
      { method: 'post', path: `/contributions/${contribution}/hide`, auth: mod },
      { method: 'post', path: `/contributions/${contribution}/restore`, auth: mod },
      { method: 'put', path: `/contributions/${contribution}/objectives`, auth: mod },
      { method: 'post', path: `/contributions/${contribution}/claim-corrections`, auth: mod },
      { method: 'get', path: `/contributions/${contribution}/corrections`, auth: mod },
      { method: 'get', path: `/rounds/${closedRound}/syntheses`, auth: stakeholder },
      { method: 'get', path: `/rounds/${closedRound}/background-notes`, auth: stakeholder },
      { method: 'get', path: `/rounds/${closedRound}/background-notes/latest`, auth: stakeholder },
      {
        method: 'get',
        path: `/rounds/${closedRound}/background-notes/latest.docx`,
        auth: stakeholder,
      },
      { method: 'post', path: `/rounds/${closedRound}/background-notes`, auth: mod },
      { method: 'post', path: `/rounds/${closedRound}/background-notes/publish`, auth: mod },
      { method: 'post', path: `/rounds/${closedRound}/background-notes/unpublish`, auth: mod },
      { method: 'get', path: '/me/notifications', auth: stakeholder },
      { method: 'post', path: `/me/notifications/${authorNotification}/read`, auth: stakeholder },
    ];
    for (const route of allRoutes) {
      for (const data of sample(brokenJson, 6)) {
        add({
          category: 'malformed JSON',
          ...route,
          raw: { type: 'application/json', data },
          expect: [400],
        });
      }
      // Just over the 1 MB limit, whatever the endpoint.
      add({
        category: 'body over 1 MB',
        ...route,
        raw: { type: 'application/json', data: `{"body":"${'x'.repeat(ONE_MB)}"}` },
        expect: [413],
      });
      add({
        category: 'charset and encoding',
        ...route,
        raw: { type: 'application/json; charset=iso-8859-1', data: '{"a":1}' },
        expect: [415],
      });
      add({
        category: 'charset and encoding',
        ...route,
        raw: { type: 'application/json; charset=utf-16', data: '{"a":1}' },
        expect: [400, 415],
      });
      add({
        category: 'charset and encoding',
        ...route,
        headers: { 'Content-Encoding': pick(['gzip', 'deflate', 'br']) },
        raw: { type: 'application/json', data: '{"not":"compressed"}' },
        expect: [400],
      });
      add({
        category: 'charset and encoding',
        ...route,
        headers: { 'Content-Encoding': 'x-unknown' },
        raw: { type: 'application/json', data: '{}' },
        expect: [415],
      });
    }
    // Valid JSON under another content type is no JSON body: the required fields are missing.
    for (const route of bodyRoutes.filter((r) => r.fields.some((f) => f.required))) {
      const json = JSON.stringify(route.valid());
      const form = Object.fromEntries(
        Object.entries(route.valid()).map(([k, v]) => [
          k,
          typeof v === 'string' ? v : JSON.stringify(v),
        ]),
      );
      for (const type of [
        'text/plain',
        'application/xml',
        'application/vnd.api+json',
        'application/javascript',
      ]) {
        add({
          category: 'content type',
          method: route.method,
          path: route.path,
          auth: route.auth,
          raw: { type, data: json },
          expect: [400],
        });
      }
      add({
        category: 'content type',
        method: route.method,
        path: route.path,
        auth: route.auth,
        raw: {
          type: 'application/x-www-form-urlencoded',
          data: new URLSearchParams(form).toString(),
        },
        expect: [400],
      });
      add({
        category: 'content type',
        method: route.method,
        path: route.path,
        auth: route.auth,
        form,
        expect: [400],
      });
    }

    // 4. Deeply nested values inside an otherwise valid body, as a field's value or beside it.
    const deepObject = (depth: number, leaf: string) =>
      `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
    const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    for (const route of bodyRoutes) {
      for (const depth of [50, 1000, 20_000, 100_000]) {
        const body = route.valid();
        const field = route.fields[0].name;
        const withField = JSON.stringify(body).replace(
          `"${field}":${JSON.stringify(body[field])}`,
          `"${field}":${deepObject(depth, '"deep"')}`,
        );
        const beside = JSON.stringify(body).replace(/^\{/, `{"deep":${deepObject(depth, '1')},`);
        for (const data of [withField, beside]) {
          add({
            category: 'deep nesting',
            method: route.method,
            path: route.path,
            auth: route.auth,
            raw: { type: 'application/json', data },
            expect: [400],
          });
        }
        add({
          category: 'deep nesting',
          method: route.method,
          path: route.path,
          auth: route.auth,
          raw: { type: 'application/json', data: `{"deep":${deepArray(depth)}}` },
          expect: [400],
        });
      }
    }

    // Numbers JSON.parse makes Infinity, 0 or -0 of, and numbers JSON does not allow.
    const numberTokens = [
      '1e999',
      '-1e999',
      '123456789012345678901234567890',
      '1e-999',
      '-0',
      '0.0000001',
      '1E2',
      '0x10',
      '010',
      '+1',
      '.5',
      '1.',
      'NaN',
      'Infinity',
      '-Infinity',
    ];
    for (const [routeName, field, inArray] of [
      ['submit contribution', 'questionNumber', false],
      ['submit contribution', 'objectiveNumbers', true],
      ['create round', 'noteWordTarget', false],
      ['create round', 'objectiveNumbers', true],
    ] as [string, string, boolean][]) {
      const route = bodyRoutes.find((r) => r.name === routeName)!;
      for (const token of numberTokens) {
        const body = route.valid();
        const data = JSON.stringify(body).replace(
          `"${field}":${JSON.stringify(body[field])}`,
          `"${field}":${inArray ? `[${token}]` : token}`,
        );
        add({
          category: 'odd numbers',
          method: route.method,
          path: route.path,
          auth: route.auth,
          raw: { type: 'application/json', data },
          expect: [400],
        });
      }
    }
    // Deep nesting where no body is read at all.
    for (const route of sample(allRoutes, 8)) {
      add({
        category: 'deep nesting',
        ...route,
        raw: { type: 'application/json', data: deepArray(50_000) },
        expect: [400],
      });
    }

    // 5. Ids in the path: malformed, and well formed but unknown.
    const idRoutes: IdRoute[] = [
      {
        name: 'set roles',
        method: 'put',
        path: (id) => `/users/${id}/roles`,
        auth: adminAuth,
        body: { roles: ['stakeholder'] },
      },
      { name: 'round', method: 'get', path: (id) => `/rounds/${id}`, auth: stakeholder },
      { name: 'open', method: 'post', path: (id) => `/rounds/${id}/open`, auth: mod },
      { name: 'close', method: 'post', path: (id) => `/rounds/${id}/close`, auth: mod },
      {
        name: 'submit',
        method: 'post',
        path: (id) => `/rounds/${id}/contributions`,
        auth: stakeholder,
        body: validContribution(),
      },
      {
        name: 'list',
        method: 'get',
        path: (id) => `/rounds/${id}/contributions`,
        auth: stakeholder,
      },
      {
        name: 'contribution',
        method: 'get',
        path: (id) => `/contributions/${id}`,
        auth: stakeholder,
      },
      {
        name: 'reply',
        method: 'post',
        path: (id) => `/contributions/${id}/replies`,
        auth: stakeholder,
        body: { body: 'A reply.' },
      },
      {
        name: 'hide',
        method: 'post',
        path: (id) => `/contributions/${id}/hide`,
        auth: mod,
        body: { reason: 'spam' },
      },
      {
        name: 'restore',
        method: 'post',
        path: (id) => `/contributions/${id}/restore`,
        auth: mod,
        body: { reason: 'fine' },
      },
      {
        name: 'correct objectives',
        method: 'put',
        path: (id) => `/contributions/${id}/objectives`,
        auth: mod,
        body: { objectiveNumbers: [6] },
      },
      {
        name: 'correct claim',
        method: 'post',
        path: (id) => `/contributions/${id}/claim-corrections`,
        auth: mod,
        body: { start: 0, end: 5, kind: 'practice' },
      },
      {
        name: 'corrections',
        method: 'get',
        path: (id) => `/contributions/${id}/corrections`,
        auth: mod,
      },
      {
        name: 'syntheses',
        method: 'get',
        path: (id) => `/rounds/${id}/syntheses`,
        auth: stakeholder,
      },
      {
        name: 'notes',
        method: 'get',
        path: (id) => `/rounds/${id}/background-notes`,
        auth: stakeholder,
      },
      {
        name: 'latest',
        method: 'get',
        path: (id) => `/rounds/${id}/background-notes/latest`,
        auth: stakeholder,
      },
      {
        name: 'docx',
        method: 'get',
        path: (id) => `/rounds/${id}/background-notes/latest.docx`,
        auth: stakeholder,
      },
      {
        name: 'redraft',
        method: 'post',
        path: (id) => `/rounds/${id}/background-notes`,
        auth: mod,
      },
      {
        name: 'publish',
        method: 'post',
        path: (id) => `/rounds/${id}/background-notes/publish`,
        auth: mod,
      },
      {
        name: 'unpublish',
        method: 'post',
        path: (id) => `/rounds/${id}/background-notes/unpublish`,
        auth: mod,
      },
      {
        name: 'read',
        method: 'post',
        path: (id) => `/me/notifications/${id}/read`,
        auth: stakeholder,
      },
    ];
    const badIds: string[] = [
      '1',
      '0',
      '-1',
      '1e10',
      'null',
      'undefined',
      'true',
      '[]',
      '{}',
      '..',
      encodeURIComponent('../'),
      encodeURIComponent('../../users'),
      '%00',
      encodeURIComponent(`${openRound}\u0000`),
      'a'.repeat(300),
      encodeURIComponent("' OR 1=1--"),
      encodeURIComponent("1'; DROP TABLE rounds;--"),
      '00000000-0000-0000-0000-00000000000g',
      openRound.replace(/-/g, ''),
      `${openRound}0`,
      openRound.slice(0, -1),
      encodeURIComponent(`{${openRound}}`),
      encodeURIComponent(` ${openRound}`),
      encodeURIComponent(`${openRound} `),
      `${openRound}%20`,
      encodeURIComponent('😀'),
      '%',
      '%zz',
      '%E0%A4%A',
      encodeURIComponent('<script>alert(1)</script>'),
      encodeURIComponent('$ne'),
    ];
    for (const route of idRoutes) {
      for (const id of sample(badIds, 12)) {
        add({
          category: 'malformed path id',
          method: route.method,
          path: route.path(id),
          auth: route.auth,
          body: route.body,
          // Dot segments and broken escapes may not even reach the route.
          expect: ['..', '%', '%zz', '%E0%A4%A'].includes(id) ? [400, 404] : [400],
        });
      }
      for (let i = 0; i < 2; i++) {
        add({
          category: 'unknown id',
          method: route.method,
          path: route.path(unknownId()),
          auth: route.auth,
          body: route.body,
          expect: [404],
        });
      }
      add({
        category: 'unknown id',
        method: route.method,
        path: route.path('00000000-0000-0000-0000-000000000000'),
        auth: route.auth,
        body: route.body,
        expect: [404],
      });
    }

    // 6. Bad query strings.
    const query = (path: string, auth: string, qs: string[], expect = [400]) => {
      for (const q of qs)
        add({ category: 'bad query', method: 'get', path: `${path}?${q}`, auth, expect });
    };
    const cursorOf = (at: string, id: string) => b64url(`${at}|${id}`);
    query(`/rounds/${openRound}/contributions`, stakeholder, [
      'limit=-1',
      'limit=0',
      'limit=101',
      'limit=abc',
      'limit=1.5',
      'limit=',
      'limit=1e3',
      'limit=NaN',
      'limit=Infinity',
      'limit=-Infinity',
      'limit=%00',
      'limit=99999999999999999999',
      'limit[]=1',
      'limit=1&limit=2',
      'limit[$gt]=1',
      'questionNumber=0',
      'questionNumber=100',
      'questionNumber=x',
      'questionNumber=1.5',
      'questionNumber=-1',
      'objective=0',
      'objective=24',
      'objective=x',
      'objective=1&objective=2',
      'language=de',
      'language=EN',
      'language=',
      'language=en&language=fr',
      'cursor=garbage',
      `cursor=${'x'.repeat(201)}`,
      'cursor=%00',
      'cursor=a&cursor=b',
      `cursor=${cursorOf('2024-13-45T25:61:61.000000Z', unknownId())}`,
      `cursor=${cursorOf('0000-01-01T00:00:00.000000Z', unknownId())}`,
      `cursor=${cursorOf('2024-01-01T00:00:00.000000Z', 'not-a-uuid')}`,
      `cursor=${cursorOf('2024-01-01T00:00:00Z', unknownId())}`,
      `cursor=${cursorOf("2024-01-01T00:00:00.000000Z' OR 1=1--", unknownId())}`,
      `cursor=${b64url('|')}`,
      `cursor=${encodeURIComponent("' OR 1=1--")}`,
      'foo=bar',
      'status=open',
      '__proto__[polluted]=yes&limit=-1',
      'constructor[prototype][polluted]=yes',
      `${'k'.repeat(2000)}=1`,
    ]);
    query('/rounds', stakeholder, [
      'status=bogus',
      'status=OPEN',
      'status=',
      'status=open&status=closed',
      'status[]=open',
      'limit=1',
      'foo=bar',
      `status=${encodeURIComponent("open' OR 1=1--")}`,
    ]);
    query('/me/notifications', stakeholder, [
      'unread=yes',
      'unread=1',
      'unread=TRUE',
      'unread=',
      'unread=true&unread=false',
      'page=2',
      'userId=' + outsider.id,
    ]);
    query('/users', adminAuth, [
      'email=notanemail',
      'email=',
      'email=a@b',
      `email=${'x'.repeat(250)}@e.test`,
      'email=a@example.test&email=b@example.test',
      `email=${encodeURIComponent("' OR 1=1--")}`,
      'role=admin',
    ]);

    // 7. Bad tokens on every endpoint that needs one.
    const secret = app.config.jwtSecret;
    const now = Math.floor(Date.now() / 1000);
    const [head, payload, signature] = moderator.token.split('.');
    const forged = b64url(
      JSON.stringify({
        sub: admin.id,
        roles: ['admin', 'moderator', 'stakeholder'],
        iat: now,
        exp: now + 3600,
      }),
    );
    const badAuth: string[] = [
      'Bearer',
      'Bearer ',
      `Bearer  ${moderator.token}`,
      `bearer ${hex(40)}`,
      'Basic dXNlcjpwYXNzd29yZA==',
      `Token ${moderator.token}`,
      'Bearer abc.def.ghi',
      `Bearer ${'a'.repeat(8000)}`,
      `Bearer ${head}.${payload}.${signature.split('').reverse().join('')}`,
      `Bearer ${head}.${forged}.${signature}`,
      `Bearer ${moderator.token}.extra`,
      `Bearer ${signToken({ sub: moderator.id, roles: ['moderator'], iat: now - 7200, exp: now - 3600 }, secret)}`,
      `Bearer ${signToken({ sub: moderator.id, roles: ['moderator'], nbf: now + 3600, exp: now + 7200 }, secret)}`,
      `Bearer ${signToken({ sub: admin.id, roles: ['admin'], exp: now + 3600 }, 'not-the-secret-of-this-installation')}`,
      `Bearer ${signToken({ sub: admin.id, roles: ['admin'], exp: now + 3600 }, secret, { alg: 'HS512' })}`,
      `Bearer ${b64url('{"alg":"none"}')}.${forged}.`,
      "Bearer ' OR 1=1--",
      'Bearer null',
    ];
    const protectedRoutes = allRoutes.filter((r) => r.auth !== null);
    const bodyFor = (path: string, method: Method) =>
      bodyRoutes.find((r) => r.path === path && r.method === method)?.valid();
    for (const route of protectedRoutes) {
      const body = bodyFor(route.path, route.method);
      add({
        category: 'bad token',
        method: route.method,
        path: route.path,
        auth: null,
        body,
        expect: [401],
      });
      for (const auth of sample(badAuth, 8)) {
        add({
          category: 'bad token',
          method: route.method,
          path: route.path,
          auth,
          body,
          expect: [401],
        });
      }
    }

    // 8. Headers: Idempotency-Key, long values, and headers beyond what the server reads.
    const submitPath = `/rounds/${openRound}/contributions`;
    for (const key of [
      '',
      'a b',
      'x'.repeat(256),
      'é',
      'key\u00ff',
      '"quoted key"',
      ['k1', 'k2'],
    ] as (string | string[])[]) {
      add({
        category: 'bad Idempotency-Key',
        method: 'post',
        path: submitPath,
        auth: stakeholder,
        headers: { 'Idempotency-Key': key },
        body: validContribution(),
        expect: [400],
      });
    }
    // A good key with a refused request stores no key.
    for (const [path, body] of [
      [submitPath, { ...validContribution(), body: '' }],
      [submitPath, { ...validContribution(), questionNumber: 3 }],
      [`/rounds/${closedRound}/contributions`, validContribution()],
      [`/rounds/${draftRound}/contributions`, validContribution()],
      [`/rounds/${unknownId()}/contributions`, validContribution()],
    ] as [string, object][]) {
      add({
        category: 'bad Idempotency-Key',
        method: 'post',
        path,
        auth: stakeholder,
        headers: { 'Idempotency-Key': `fuzz-${hex(12)}` },
        body,
      });
    }
    const longValue = 'v'.repeat(8000);
    add({
      category: 'long header',
      method: 'get',
      path: '/me/notifications',
      auth: `Bearer ${longValue}`,
      expect: [401],
    });
    add({
      category: 'long header',
      method: 'get',
      path: `/rounds/${openRound}/background-notes/latest`,
      auth: mod,
      headers: { Accept: `text/markdown, ${longValue}` },
      expect: [409],
    });
    add({
      category: 'long header',
      method: 'get',
      path: `/rounds/${openRound}/syntheses`,
      auth: mod,
      headers: { 'User-Agent': longValue, 'X-Forwarded-For': longValue.slice(0, 2000) },
      expect: [409],
    });
    add({
      category: 'long header',
      method: 'post',
      path: submitPath,
      auth: stakeholder,
      headers: { 'Idempotency-Key': longValue },
      body: validContribution(),
      expect: [400],
    });
    add({
      category: 'long header',
      method: 'post',
      path: '/rounds',
      auth: mod,
      headers: { 'X-Junk': 'j'.repeat(20_000) },
      body: validRound(),
      expect: [431],
    });
    add({
      category: 'long header',
      method: 'get',
      path: '/rounds',
      auth: stakeholder,
      headers: Object.fromEntries(
        Array.from({ length: 200 }, (_, i) => [`x-h${i}`, 'y'.repeat(100)]),
      ),
      expect: [431],
    });

    // 9. Well formed, but refused: wrong role, not a member, wrong state.
    const refused: [Method, string, string | null, object | undefined][] = [
      ['post', '/rounds', stakeholder, validRound()],
      ['post', '/rounds', bearer(coChair), validRound()],
      ['get', '/users', mod, undefined],
      ['put', `/users/${outsider.id}/roles`, mod, { roles: ['stakeholder', 'admin'] }],
      ['put', `/users/${author.id}/roles`, stakeholder, { roles: ['admin'] }],
      ['put', `/users/${admin.id}/roles`, adminAuth, { roles: ['moderator'] }],
      ['get', `/rounds/${draftRound}`, stakeholder, undefined],
      ['get', `/rounds/${draftRound}/contributions`, stakeholder, undefined],
      ['get', `/rounds/${draftRound}/syntheses`, stakeholder, undefined],
      ['get', `/rounds/${draftRound}/background-notes`, stakeholder, undefined],
      ['get', `/rounds/${draftRound}/background-notes/latest`, bearer(otherModerator), undefined],
      ['post', `/rounds/${draftRound}/open`, bearer(otherModerator), undefined],
      ['post', `/rounds/${draftRound}/open`, stakeholder, undefined],
      ['post', `/rounds/${openRound}/open`, mod, undefined],
      ['post', `/rounds/${closedRound}/open`, mod, undefined],
      ['post', `/rounds/${openRound}/close`, bearer(otherModerator), undefined],
      ['post', `/rounds/${openRound}/close`, stakeholder, undefined],
      ['post', `/rounds/${closedRound}/close`, mod, undefined],
      ['post', `/rounds/${draftRound}/close`, mod, undefined],
      ['post', `/rounds/${closedRound}/contributions`, stakeholder, validContribution()],
      ['post', `/rounds/${draftRound}/contributions`, stakeholder, validContribution()],
      ['post', `/contributions/${closedContribution}/replies`, stakeholder, { body: 'Too late.' }],
      ['post', `/contributions/${contribution}/hide`, stakeholder, { reason: 'I dislike it' }],
      ['post', `/contributions/${contribution}/hide`, bearer(otherModerator), { reason: 'spam' }],
      [
        'post',
        `/contributions/${contribution}/restore`,
        bearer(otherModerator),
        { reason: 'fine' },
      ],
      [
        'post',
        `/contributions/${closedContribution}/hide`,
        bearer(otherModerator),
        { reason: 'spam' },
      ],
      ['put', `/contributions/${contribution}/objectives`, stakeholder, { objectiveNumbers: [6] }],
      [
        'put',
        `/contributions/${contribution}/objectives`,
        bearer(coChair),
        { objectiveNumbers: [6] },
      ],
      [
        'put',
        `/contributions/${closedContribution}/objectives`,
        bearer(otherModerator),
        { objectiveNumbers: [6] },
      ],
      [
        'post',
        `/contributions/${contribution}/claim-corrections`,
        stakeholder,
        { start: 0, end: 5, kind: 'practice' },
      ],
      [
        'post',
        `/contributions/${closedContribution}/claim-corrections`,
        bearer(otherModerator),
        { start: 0, end: 5, objective: null },
      ],
      ['get', `/contributions/${contribution}/corrections`, stakeholder, undefined],
      ['get', `/contributions/${contribution}/corrections`, bearer(otherModerator), undefined],
      ['get', `/rounds/${openRound}/syntheses`, stakeholder, undefined],
      ['get', `/rounds/${openRound}/background-notes/latest`, stakeholder, undefined],
      ['get', `/rounds/${openRound}/background-notes/latest.docx`, stakeholder, undefined],
      ['post', `/rounds/${openRound}/background-notes`, mod, undefined],
      ['post', `/rounds/${closedRound}/background-notes`, stakeholder, undefined],
      ['post', `/rounds/${closedRound}/background-notes`, bearer(otherModerator), undefined],
      ['get', `/rounds/${closedRound}/syntheses`, stakeholder, undefined],
      ['get', `/rounds/${closedRound}/background-notes`, bearer(otherModerator), undefined],
      ['get', `/rounds/${closedRound}/background-notes/latest`, stakeholder, undefined],
      ['get', `/rounds/${closedRound}/background-notes/latest.docx`, stakeholder, undefined],
      ['post', `/rounds/${closedRound}/background-notes/publish`, stakeholder, undefined],
      ['post', `/rounds/${closedRound}/background-notes/publish`, bearer(coChair), undefined],
      [
        'post',
        `/rounds/${closedRound}/background-notes/unpublish`,
        bearer(otherModerator),
        undefined,
      ],
      ['post', `/rounds/${draftRound}/background-notes/publish`, bearer(otherModerator), undefined],
      ['post', `/me/notifications/${authorNotification}/read`, bearer(outsider), undefined],
      ['post', `/me/notifications/${coChairNotification}/read`, stakeholder, undefined],
      // Bodies on endpoints that take none, where the request is refused anyway.
      ['post', `/rounds/${closedRound}/close`, mod, { force: true }],
      ['post', `/rounds/${openRound}/background-notes`, mod, { version: 99 }],
      ['post', `/rounds/${closedRound}/background-notes/publish`, stakeholder, { force: true }],
    ];
    for (const [method, path, auth, body] of refused) {
      add({ category: 'refused by the rules', method, path, auth, body });
    }

    // 10. Methods and paths that do not exist.
    for (const [method, path] of [
      ['delete', `/rounds/${openRound}`],
      ['patch', `/contributions/${contribution}`],
      ['put', '/rounds'],
      ['get', '/auth/login'],
      ['delete', `/users/${outsider.id}/roles`],
      ['get', `/rounds/${openRound}/close`],
      ['put', `/rounds/${openRound}/contributions`],
      ['get', `/rounds/${openRound}/nothing/here`],
      ['get', '/nothing'],
      ['post', '/objectives'],
      ['get', `/../api/rounds/${openRound}/..%2F..%2F..%2Fetc%2Fpasswd`],
      ['get', `/rounds/${openRound}/background-notes/latest.pdf`],
    ] as [Method, string][]) {
      add({ category: 'unknown route', method, path, auth: stakeholder, expect: [404] });
    }

    // Seeded order, so that every kind of request meets every other under load.
    return sample(probes, probes.length);
  }

  async function send(probe: Probe): Promise<Outcome> {
    let test = request(server)[probe.method](`/api${probe.path}`);
    if (probe.auth !== null) test = test.set('Authorization', probe.auth);
    // Node sends each item of an array as a header line of its own.
    for (const [name, value] of Object.entries(probe.headers ?? {})) {
      test = test.set(name, value as string);
    }
    // Byte for byte: without a serializer of its own, superagent would turn a Buffer into JSON.
    if (probe.raw) {
      test = test
        .set('Content-Type', probe.raw.type)
        .serialize((data: string | Buffer) => data as string)
        .send(probe.raw.data);
    } else if (probe.form) for (const [k, v] of Object.entries(probe.form)) test = test.field(k, v);
    else if (probe.body !== undefined) test = test.send(probe.body as object);
    const res = await test.ok(() => true);
    return {
      probe,
      status: res.status,
      contentType: String(res.headers['content-type'] ?? ''),
      body: res.body,
      text: res.text ?? '',
    };
  }

  function describeOutcome(o: Outcome): string {
    const p = o.probe;
    const sent = p.raw
      ? String(p.raw.data).slice(0, 120)
      : JSON.stringify(p.body ?? p.form ?? null)?.slice(0, 120);
    return (
      `[${p.category}] ${p.method.toUpperCase()} /api${p.path.slice(0, 150)}` +
      ` auth=${(p.auth ?? 'none').slice(0, 30)} headers=${JSON.stringify(p.headers ?? {}).slice(0, 80)}` +
      ` body=${sent}\n    -> ${o.status}${p.expect ? ` (expected ${p.expect.join('/')})` : ''} ${o.text.slice(0, 300)}`
    );
  }

  it('answers each with a 4xx in Nest error shape, and stores nothing', async () => {
    const before = await snapshot();
    const probes = generate(mulberry32(SEED));
    expect(probes.length).toBeGreaterThanOrEqual(MIN_REQUESTS);

    const started = Date.now();
    const outcomes: Outcome[] = [];
    const transportErrors: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < probes.length) {
          const probe = probes[next++];
          try {
            outcomes.push(await send(probe));
          } catch (error) {
            transportErrors.push(
              `[${probe.category}] ${probe.method.toUpperCase()} /api${probe.path.slice(0, 150)}: ${(error as Error).message}`,
            );
          }
        }
      }),
    );
    const elapsed = Date.now() - started;
    await app.drain();
    const after = await snapshot();

    const byCategory = new Map<string, number>();
    const byStatus = new Map<number, number>();
    for (const o of outcomes) {
      byCategory.set(o.probe.category, (byCategory.get(o.probe.category) ?? 0) + 1);
      byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
    }
    console.log(
      [
        `fuzz seed ${SEED} (FUZZ_SEED=${SEED} to replay): ${probes.length} requests in ${elapsed} ms`,
        `by category: ${[...byCategory].map(([c, n]) => `${c} ${n}`).join(', ')}`,
        `by status: ${[...byStatus]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(', ')}`,
      ].join('\n'),
    );

    const serverErrors = outcomes.filter((o) => o.status >= 500);
    const notClientErrors = outcomes.filter((o) => o.status < 400);
    const unexpected = outcomes.filter(
      (o) =>
        o.status >= 400 && o.status < 500 && o.probe.expect && !o.probe.expect.includes(o.status),
    );
    const badShape = outcomes.filter((o) => {
      if (o.status < 400 || !o.contentType.includes('application/json')) return false;
      const body = o.body as { statusCode?: unknown; message?: unknown; error?: unknown };
      const messageOk =
        typeof body?.message === 'string' ||
        (Array.isArray(body?.message) && body.message.every((m) => typeof m === 'string'));
      return body?.statusCode !== o.status || !messageOk || typeof body?.error !== 'string';
    });
    const report = (title: string, list: Outcome[]) =>
      list.length ? [`${title} (${list.length}):`, ...list.slice(0, 40).map(describeOutcome)] : [];
    const changed = TABLES.filter((t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]));
    const polluted = ['polluted', 'isAdmin', 'roles'].filter((k) => k in Object.prototype);
    const failures = [
      ...report('5xx answers', serverErrors),
      ...report('answers below 400', notClientErrors),
      ...report('4xx other than the contract calls for', unexpected),
      ...report('error bodies not in Nest shape', badShape),
      ...(transportErrors.length
        ? [`no answer (${transportErrors.length}):`, ...transportErrors.slice(0, 20)]
        : []),
      ...changed.map(
        (t) => `stored change in ${t}: ${JSON.stringify(before[t])} -> ${JSON.stringify(after[t])}`,
      ),
      ...(polluted.length ? [`Object.prototype polluted: ${polluted.join(', ')}`] : []),
    ];
    expect(failures.join('\n')).toBe('');
    expect(after).toEqual(before);
  }, 120_000);
});
