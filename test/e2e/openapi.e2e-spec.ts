import request from 'supertest';
import {
  startTestApp,
  type OpenApiOperation,
  type OpenApiSchema,
  type OpenApiSpec,
  type TestApp,
} from '@convene/testing';

const COMPONENT = '#/components/schemas/';

/**
 * The served spec documents every error status with the error body's shape, uuid ids, and
 * every success answer with a closed, typed schema a client can be generated from.
 */
describe('the OpenAPI spec', () => {
  let app: TestApp;
  let spec: OpenApiSpec;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    const res = await request(await app.url()).get('/api/docs-json');
    expect(res.status).toBe(200);
    spec = res.body;
  });

  afterAll(() => app.close());

  const operations = () =>
    Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]: [string, OpenApiOperation]) => ({
        path,
        method,
        op,
      })),
    );

  const successes = () =>
    operations().flatMap(({ path, method, op }) =>
      Object.entries(op.responses)
        .filter(([status]) => /^2\d\d$/.test(status))
        .map(([status, response]) => ({ where: `${method} ${path} ${status}`, response })),
    );

  const resolve = (schema: OpenApiSchema): OpenApiSchema =>
    schema.$ref ? spec.components.schemas[schema.$ref.slice(COMPONENT.length)] : schema;

  /**
   * Every schema a JSON success body can hold but refs, each named by where it sits
   * ("get /api/rounds 200[]", "RoundViewResponse.counts"), components visited once.
   */
  function responseSchemas(): { where: string; schema: OpenApiSchema }[] {
    const found: { where: string; schema: OpenApiSchema }[] = [];
    const visited = new Set<string>();
    const visit = (where: string, schema: OpenApiSchema): void => {
      if (schema.$ref) {
        const name = schema.$ref.slice(COMPONENT.length);
        if (visited.has(name)) return;
        visited.add(name);
        visit(name, resolve(schema));
        return;
      }
      found.push({ where, schema });
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        visit(`${where}.${name}`, property);
      }
      if (typeof schema.additionalProperties === 'object') {
        visit(`${where}[*]`, schema.additionalProperties);
      }
      if (schema.items) visit(`${where}[]`, schema.items);
      for (const s of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
        visit(where, s);
      }
    };
    for (const { where, response } of successes()) {
      const schema = response.content?.['application/json']?.schema;
      if (schema) visit(where, schema);
    }
    return found;
  }

  /** Properties of response objects, with the schema they resolve to (a nullable ref unwrapped). */
  const responseProperties = () =>
    responseSchemas().flatMap(({ where, schema }) =>
      Object.entries(schema.properties ?? {}).map(([name, property]) => ({
        where: `${where}.${name}`,
        name,
        property: property.allOf?.length === 1 ? resolve(property.allOf[0]) : resolve(property),
      })),
    );

  it('gives every operation its error statuses, each with the ErrorBody schema', () => {
    expect(spec.components.schemas.ErrorBody).toMatchObject({
      required: ['statusCode', 'message', 'error'],
      additionalProperties: false,
    });
    expect(operations().length).toBeGreaterThan(20);
    for (const { path, method, op } of operations()) {
      const expected = ['400', '413', '429'];
      // Readiness answers 503 with its own body, saying which service is away.
      if (path !== '/api/health') expected.push('503');
      if (!/^\/api\/(auth\/|health|objectives)/.test(path)) expected.push('401', '403');
      if (path.includes('{')) expected.push('404');
      for (const status of expected) {
        expect([
          method,
          path,
          status,
          op.responses[status]?.content?.['application/json']?.schema,
        ]).toEqual([method, path, status, { $ref: '#/components/schemas/ErrorBody' }]);
      }
    }
    expect(spec.paths['/api/health'].get.responses['503'].content).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/HealthResponse' } },
    });
  });

  it('documents the 409 and 422 an operation answers when what it acts on is in the wrong state', () => {
    const errorRef = { $ref: '#/components/schemas/ErrorBody' };
    const documented = (method: string, path: string, status: string) =>
      spec.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;
    for (const [method, path, status] of [
      ['post', '/api/auth/register', '409'],
      ['post', '/api/rounds/{id}/open', '409'],
      ['post', '/api/rounds/{id}/close', '409'],
      ['post', '/api/rounds/{id}/contributions', '409'],
      ['post', '/api/rounds/{id}/contributions', '422'],
      ['post', '/api/contributions/{id}/hide', '409'],
      ['get', '/api/rounds/{id}/background-notes/latest', '409'],
    ]) {
      expect([method, path, status, documented(method, path, status)]).toEqual([
        method,
        path,
        status,
        errorRef,
      ]);
    }
    expect(spec.paths['/api/auth/login'].post.responses['409']).toBeUndefined();
  });

  it('closes every request body: the API refuses a field the body does not name', () => {
    const bodies = operations().flatMap(({ path, method, op }) => {
      const schema = (
        op as { requestBody?: { content: Record<string, { schema: OpenApiSchema }> } }
      ).requestBody?.content['application/json']?.schema;
      return schema ? [{ where: `${method} ${path}`, schema: resolve(schema) }] : [];
    });
    expect(bodies.length).toBeGreaterThanOrEqual(9);
    for (const { where, schema } of bodies) {
      expect([where, schema.additionalProperties]).toEqual([where, false]);
    }
  });

  it('types path ids as uuids', () => {
    const ids = operations().flatMap(({ op }) =>
      (op.parameters ?? []).filter((p) => p.in === 'path' && p.name === 'id'),
    );
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(id.schema?.format).toBe('uuid');
  });

  it('documents a success answer for every operation, each with a schema', () => {
    for (const { path, method, op } of operations()) {
      expect([method, path, Object.keys(op.responses).some((s) => /^2\d\d$/.test(s))]).toEqual([
        method,
        path,
        true,
      ]);
    }
    for (const { where, response } of successes()) {
      const content = Object.entries(response.content ?? {});
      expect([where, content.length > 0]).toEqual([where, true]);
      for (const [mediaType, { schema }] of content) {
        if (mediaType !== 'application/json') {
          expect([where, mediaType, schema?.type]).toEqual([where, mediaType, 'string']);
          continue;
        }
        // A list is typed by its items; a oneOf of refs is a tagged union of typed objects.
        const body = schema?.type === 'array' ? schema.items : schema;
        const members = body?.oneOf ?? [body];
        for (const member of members) {
          const resolved = member && resolve(member);
          expect([
            where,
            resolved?.type,
            Object.keys(resolved?.properties ?? {}).length > 0,
          ]).toEqual([where, 'object', true]);
        }
      }
    }
    expect(
      spec.paths['/api/rounds/{id}/background-notes/latest'].get.responses['200'].content,
    ).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/BackgroundNoteResponse' } },
      'text/markdown': { schema: { type: 'string' } },
    });
  });

  it('closes every object of a success body and types every one of its fields', () => {
    const objects = responseSchemas().filter(({ schema }) => schema.properties);
    expect(objects.length).toBeGreaterThan(40);
    for (const { where, schema } of objects) {
      expect([where, schema.additionalProperties]).toEqual([where, false]);
      for (const name of schema.required ?? []) {
        expect([where, name, name in schema.properties!]).toEqual([where, name, true]);
      }
    }
    for (const { where, property } of responseProperties()) {
      const typed = property.type ?? property.oneOf ?? property.enum;
      expect([where, typed !== undefined]).toEqual([where, true]);
    }
  });

  it('types counts and numbers as integers, ids as uuids and times as date-times', () => {
    const properties = responseProperties();
    // Scores are the one fraction a success body holds.
    const numbers = properties.filter(
      ({ property }) => property.type === 'number' || property.items?.type === 'number',
    );
    expect(numbers.map(({ where }) => where)).toEqual(['ContributionObjectiveResponse.score']);
    const ofName = (pattern: RegExp) => properties.filter(({ name }) => pattern.test(name));
    const integers = ofName(
      /^(number|version|wordCount|wordTarget|noteWordTarget|questionNumber|objectiveNumber|replyCount|contributions|start|end|objective)$/,
    );
    expect(integers.length).toBeGreaterThan(15);
    for (const { where, property } of integers) {
      expect([where, property.type]).toEqual([where, 'integer']);
    }
    for (const { where, property } of ofName(/^objectiveNumbers$/)) {
      expect([where, property.items?.type]).toEqual([where, 'integer']);
    }
    const ids = ofName(/^(id|.+Id|correctedBy)$/);
    expect(ids.length).toBeGreaterThan(20);
    for (const { where, property } of ids) {
      expect([where, property.format]).toEqual([where, 'uuid']);
    }
    for (const { where, property } of ofName(/^(.+Ids|sourceIds)$/)) {
      expect([where, property.items?.format]).toEqual([where, 'uuid']);
    }
    const times = ofName(/^(.+At|at)$/);
    expect(times.length).toBeGreaterThan(10);
    for (const { where, property } of times) {
      expect([where, property.format]).toEqual([where, 'date-time']);
    }
  });

  it('documents the query parameters each list takes, and the optional Idempotency-Key', () => {
    const params = (path: string, where: string) =>
      (spec.paths[path].get.parameters ?? [])
        .filter((p) => p.in === where)
        .map((p) => ({ name: p.name, required: p.required, type: resolve(p.schema ?? {}).type }));
    expect(params('/api/users', 'query')).toEqual([
      { name: 'email', required: false, type: 'string' },
    ]);
    expect(params('/api/rounds', 'query')).toEqual([
      { name: 'status', required: false, type: 'string' },
    ]);
    expect(params('/api/rounds/{id}/contributions', 'query')).toEqual([
      { name: 'questionNumber', required: false, type: 'integer' },
      { name: 'objective', required: false, type: 'integer' },
      { name: 'language', required: false, type: 'string' },
      { name: 'limit', required: false, type: 'integer' },
      { name: 'cursor', required: false, type: 'string' },
    ]);
    expect(params('/api/me/notifications', 'query')).toEqual([
      { name: 'unread', required: false, type: 'string' },
    ]);
    const headers = (spec.paths['/api/rounds/{id}/contributions'].post.parameters ?? []).filter(
      (p) => p.in === 'header',
    );
    expect(headers).toEqual([
      expect.objectContaining({ name: 'Idempotency-Key', required: false }),
    ]);
  });
});
