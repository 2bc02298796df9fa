import type { Field, FuzzContext, Method, Probe, Random } from './probe';

/**
 * One route of the API. Every endpoint also gets the transport and token probes of
 * cross-cutting.probes.ts; what its entry declares adds the probes aimed at it alone.
 */
export interface Endpoint {
  method: Method;
  /** Under /api; `:id` stands for `id`. */
  path: string;
  /** The fixture `:id` names when the fault lies elsewhere. */
  id?: string;
  /** Whom its probes are sent as, unless they say otherwise; null sends no token. */
  auth: string | null;
  /** The JSON body it reads. */
  body?: BodySchema;
  /** Sent with the probes on the id in the path. */
  idBody?: Record<string, unknown>;
  /** Query strings it must refuse with a 400. */
  badQueries?: string[];
  /** Well-formed requests it must refuse: wrong role, not a member, wrong state. */
  refused?: Refusal[];
}

export interface BodySchema {
  /** A fresh body it accepts, which each probe spoils in one place. */
  valid: () => Record<string, unknown>;
  fields: Field[];
  /** Number fields to send as number tokens JSON.parse treats oddly or JSON does not allow. */
  oddNumbers?: string[];
}

/** By default as the endpoint's own caller, on its own fixture, with no body. */
export interface Refusal {
  auth?: string;
  id?: string;
  body?: Record<string, unknown>;
}

export function pathOf(e: Endpoint, id = e.id): string {
  return id === undefined ? e.path : e.path.replace(':id', () => id);
}

export function probeOn(e: Endpoint, category: string, rest: Partial<Probe> = {}): Probe {
  return { category, method: e.method, path: pathOf(e), auth: e.auth, ...rest };
}

/** The probes an endpoint's entry calls for. */
export function endpointProbes(e: Endpoint, ctx: FuzzContext, r: Random): Probe[] {
  if (e.path.includes(':id') !== (e.id !== undefined)) {
    throw new Error(`${e.path}: needs an id exactly when its path has :id`);
  }
  return [
    ...(e.body ? bodyProbes(e, e.body, ctx, r) : []),
    ...(e.id ? pathIdProbes(e, ctx, r) : []),
    ...(e.badQueries ?? []).map((q) =>
      probeOn(e, 'bad query', { path: `${pathOf(e)}?${q}`, expect: [400] }),
    ),
    ...(e.refused ?? []).map((refusal) =>
      probeOn(e, 'refused by the rules', {
        path: pathOf(e, refusal.id),
        auth: refusal.auth ?? e.auth,
        body: refusal.body,
      }),
    ),
  ];
}

function without(body: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...body };
  delete copy[key];
  return copy;
}

/** Replaces one field's value in the JSON text, where JSON.stringify cannot write the fault. */
function rewriteField(body: Record<string, unknown>, field: string, text: string): string {
  return JSON.stringify(body).replace(
    `"${field}":${JSON.stringify(body[field])}`,
    () => `"${field}":${text}`,
  );
}

const deepObject = (depth: number, leaf: string) =>
  `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
export const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

// Numbers JSON.parse makes Infinity, 0 or -0 of, or rounds, and numbers JSON does not allow.
const NUMBER_TOKENS = [
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

/** Faults in the body: one field at a time, then in its keys, its type and its encoding. */
function bodyProbes(e: Endpoint, schema: BodySchema, ctx: FuzzContext, r: Random): Probe[] {
  const probes: Probe[] = [];
  const add = (category: string, rest: Partial<Probe>) => probes.push(probeOn(e, category, rest));
  const json = (data: string) => ({ type: 'application/json', data });
  const first = schema.fields[0];

  for (const field of schema.fields) {
    for (const value of field.invalid) {
      add('field value', { body: { ...schema.valid(), [field.name]: value }, expect: [400] });
    }
    if (field.required) {
      add('missing field', { body: without(schema.valid(), field.name), expect: [400] });
    }
  }
  // Nothing at all, and an empty object.
  if (schema.fields.some((f) => f.required)) {
    add('missing field', { expect: [400] });
    add('missing field', { body: {}, expect: [400] });
  }

  for (const [key, value] of [
    ['id', r.unknownId()],
    ['role', 'admin'],
    ['roles', ['admin']],
    ['status', 'open'],
    ['hidden', true],
    ['authorId', ctx.outsider.id],
    ['isAdmin', true],
    ['', 'empty key'],
    ['$where', '1 == 1'],
    ['x'.repeat(10_000), 1],
  ] as [string, unknown][]) {
    if (schema.fields.some((f) => f.name === key)) continue;
    add('unknown field', { body: { ...schema.valid(), [key]: value }, expect: [400] });
  }

  for (const body of [[schema.valid()], [], [1, 2]]) {
    add('wrong body type', { body, expect: [400] });
  }

  // Prototype keys are stripped; what remains must still be refused.
  for (const protoKey of ['__proto__', 'constructor', 'prototype']) {
    const data = JSON.stringify(without(schema.valid(), first.name)).replace(
      /^\{/,
      `{"${protoKey}":{"polluted":"yes","isAdmin":true,"roles":["admin"]},`,
    );
    add('prototype keys', { raw: json(data), expect: first.required ? [400] : undefined });
  }
  add('prototype keys', {
    raw: json(
      `{"constructor":{"prototype":{"polluted":"yes"}},"__proto__":{"polluted":"yes"},"a":{"__proto__":{"polluted":"yes"}}}`,
    ),
    expect: [400],
  });

  // A valid body under another content type is no JSON body: the required fields are missing.
  if (schema.fields.some((f) => f.required)) {
    const data = JSON.stringify(schema.valid());
    const form = Object.fromEntries(
      Object.entries(schema.valid()).map(([k, v]) => [
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
      add('content type', { raw: { type, data }, expect: [400] });
    }
    add('content type', {
      raw: {
        type: 'application/x-www-form-urlencoded',
        data: new URLSearchParams(form).toString(),
      },
      expect: [400],
    });
    add('content type', { form, expect: [400] });
  }

  // Deeply nested values inside an otherwise valid body, as a field's value or beside it.
  for (const depth of [50, 1000, 20_000, 100_000]) {
    const body = schema.valid();
    const withField = rewriteField(body, first.name, deepObject(depth, '"deep"'));
    const beside = JSON.stringify(body).replace(/^\{/, `{"deep":${deepObject(depth, '1')},`);
    for (const data of [withField, beside, `{"deep":${deepArray(depth)}}`]) {
      add('deep nesting', { raw: json(data), expect: [400] });
    }
  }

  for (const field of schema.oddNumbers ?? []) {
    for (const token of NUMBER_TOKENS) {
      const body = schema.valid();
      const text = Array.isArray(body[field]) ? `[${token}]` : token;
      add('odd numbers', { raw: json(rewriteField(body, field, text)), expect: [400] });
    }
  }
  return probes;
}

/** Ids in the path: malformed, and well formed but naming nothing. */
function pathIdProbes(e: Endpoint, ctx: FuzzContext, r: Random): Probe[] {
  const like = ctx.openRound;
  const malformed = [
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
    encodeURIComponent(`${like}\u0000`),
    'a'.repeat(300),
    encodeURIComponent("' OR 1=1--"),
    encodeURIComponent("1'; DROP TABLE rounds;--"),
    '00000000-0000-0000-0000-00000000000g',
    like.replace(/-/g, ''),
    `${like}0`,
    like.slice(0, -1),
    encodeURIComponent(`{${like}}`),
    encodeURIComponent(` ${like}`),
    encodeURIComponent(`${like} `),
    `${like}%20`,
    encodeURIComponent('😀'),
    '%',
    '%zz',
    '%E0%A4%A',
    encodeURIComponent('<script>alert(1)</script>'),
    encodeURIComponent('$ne'),
  ];
  // Dot segments and broken escapes may not even reach the route.
  const unrouted = ['..', '%', '%zz', '%E0%A4%A'];
  const at = (category: string, id: string, expect: number[]) =>
    probeOn(e, category, { path: pathOf(e, id), body: e.idBody, expect });
  return [
    ...r
      .sample(malformed, 12)
      .map((id) => at('malformed path id', id, unrouted.includes(id) ? [400, 404] : [400])),
    at('unknown id', r.unknownId(), [404]),
    at('unknown id', r.unknownId(), [404]),
    at('unknown id', '00000000-0000-0000-0000-000000000000', [404]),
  ];
}
