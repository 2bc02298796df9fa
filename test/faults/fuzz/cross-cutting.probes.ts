import { deepArray, probeOn, type Endpoint } from './endpoint';
import { validContribution } from './contributions.probes';
import {
  b64url,
  bearers,
  NOT_STRINGS,
  signToken,
  type FuzzContext,
  type Method,
  type Probe,
  type Random,
} from './probe';
import { validRound } from './rounds.probes';

const ONE_MB = 1024 * 1024;
const COMBINED_FAULTS = 260;

export const healthEndpoints: Endpoint[] = [
  { method: 'get', path: '/health', auth: null },
  { method: 'get', path: '/health/live', auth: null },
];

/** Probes every endpoint gets, whether it reads a body or not, and those that span endpoints. */
export function crossCuttingProbes(endpoints: Endpoint[], ctx: FuzzContext, r: Random): Probe[] {
  return [
    ...endpoints.flatMap((e) => transportProbes(e, r)),
    ...r.sample(endpoints, 8).map((e) =>
      probeOn(e, 'deep nesting', {
        raw: { type: 'application/json', data: deepArray(50_000) },
        expect: [400],
      }),
    ),
    ...combinedFaults(endpoints, r),
    ...badTokenProbes(endpoints, ctx, r),
    ...longHeaderProbes(ctx),
    ...unknownRouteProbes(ctx),
  ];
}

const BROKEN_JSON: (string | Buffer)[] = [
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

/** Malformed JSON, a body over the limit, and charsets and encodings the server does not read. */
function transportProbes(e: Endpoint, r: Random): Probe[] {
  const raw = (type: string, data: string | Buffer) => ({ type, data });
  return [
    ...r
      .sample(BROKEN_JSON, 6)
      .map((data) =>
        probeOn(e, 'malformed JSON', { raw: raw('application/json', data), expect: [400] }),
      ),
    probeOn(e, 'body over 1 MB', {
      raw: raw('application/json', `{"body":"${'x'.repeat(ONE_MB)}"}`),
      expect: [413],
    }),
    probeOn(e, 'charset and encoding', {
      raw: raw('application/json; charset=iso-8859-1', '{"a":1}'),
      expect: [415],
    }),
    probeOn(e, 'charset and encoding', {
      raw: raw('application/json; charset=utf-16', '{"a":1}'),
      expect: [400, 415],
    }),
    probeOn(e, 'charset and encoding', {
      headers: { 'Content-Encoding': r.pick(['gzip', 'deflate', 'br']) },
      raw: raw('application/json', '{"not":"compressed"}'),
      expect: [400],
    }),
    probeOn(e, 'charset and encoding', {
      headers: { 'Content-Encoding': 'x-unknown' },
      raw: raw('application/json', '{}'),
      expect: [415],
    }),
  ];
}

/** Several faults in one body, on distinct fields of a seeded endpoint. */
function combinedFaults(endpoints: Endpoint[], r: Random): Probe[] {
  const withBody = endpoints.flatMap((e) => (e.body ? [[e, e.body] as const] : []));
  return Array.from({ length: COMBINED_FAULTS }, () => {
    const [e, schema] = r.pick(withBody);
    const body = schema.valid();
    const n = 1 + Math.floor(r.next() * Math.min(3, schema.fields.length));
    for (const field of r.sample(schema.fields, n)) {
      if (field.required && r.next() < 0.2) delete body[field.name];
      else body[field.name] = r.pick(field.invalid);
    }
    if (r.next() < 0.3) body[`extra_${r.hex(4)}`] = r.pick(NOT_STRINGS);
    return probeOn(e, 'combined faults', { body, expect: [400] });
  });
}

/** No token, and tokens malformed, forged, expired or signed otherwise, where one is needed. */
function badTokenProbes(endpoints: Endpoint[], ctx: FuzzContext, r: Random): Probe[] {
  const secret = ctx.jwtSecret;
  const { admin, moderator } = ctx;
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
    `bearer ${r.hex(40)}`,
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
  return endpoints
    .filter((e) => e.auth !== null)
    .flatMap((e) => {
      const body = e.body?.valid();
      return [null, ...r.sample(badAuth, 8)].map((auth) =>
        probeOn(e, 'bad token', { auth, body, expect: [401] }),
      );
    });
}

/** Header values and header blocks past what the server reads. */
function longHeaderProbes(ctx: FuzzContext): Probe[] {
  const as = bearers(ctx);
  const longValue = 'v'.repeat(8000);
  const probe = (method: Method, path: string, auth: string, rest: Partial<Probe>): Probe => ({
    category: 'long header',
    method,
    path,
    auth,
    ...rest,
  });
  return [
    probe('get', '/me/notifications', `Bearer ${longValue}`, { expect: [401] }),
    probe('get', `/rounds/${ctx.openRound}/background-notes/latest`, as.moderator, {
      headers: { Accept: `text/markdown, ${longValue}` },
      expect: [409],
    }),
    probe('get', `/rounds/${ctx.openRound}/syntheses`, as.moderator, {
      headers: { 'User-Agent': longValue, 'X-Forwarded-For': longValue.slice(0, 2000) },
      expect: [409],
    }),
    probe('post', `/rounds/${ctx.openRound}/contributions`, as.author, {
      headers: { 'Idempotency-Key': longValue },
      body: validContribution(),
      expect: [400],
    }),
    probe('post', '/rounds', as.moderator, {
      headers: { 'X-Junk': 'j'.repeat(20_000) },
      body: validRound(ctx),
      expect: [431],
    }),
    probe('get', '/rounds', as.author, {
      headers: Object.fromEntries(
        Array.from({ length: 200 }, (_, i) => [`x-h${i}`, 'y'.repeat(100)]),
      ),
      expect: [431],
    }),
  ];
}

/** Methods and paths that do not exist. */
function unknownRouteProbes(ctx: FuzzContext): Probe[] {
  const { openRound, contribution, outsider } = ctx;
  const routes: [Method, string][] = [
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
  ];
  const auth = bearers(ctx).author;
  return routes.map(([method, path]) => ({
    category: 'unknown route',
    method,
    path,
    auth,
    expect: [404],
  }));
}
