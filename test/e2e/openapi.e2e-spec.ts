import request from 'supertest';
import { startTestApp, type TestApp } from '@convene/testing';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
  parameters?: { in: string; name: string; schema?: { format?: string } }[];
}

/** The served spec documents every error status with the error body's shape, and uuid ids. */
describe('the OpenAPI spec', () => {
  let app: TestApp;
  let spec: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, unknown> };
  };

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    const res = await request(await app.url()).get('/api/docs-json');
    expect(res.status).toBe(200);
    spec = res.body;
  });

  afterAll(() => app.close());

  const operations = () =>
    Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method, op })),
    );

  it('gives every operation its error statuses, each with the ErrorBody schema', () => {
    expect(spec.components.schemas.ErrorBody).toMatchObject({
      required: ['statusCode', 'message', 'error'],
      additionalProperties: false,
    });
    expect(operations().length).toBeGreaterThan(20);
    for (const { path, method, op } of operations()) {
      const expected = ['400', '413', '429', '503'];
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
  });

  it('types path ids as uuids', () => {
    const ids = operations().flatMap(({ op }) =>
      (op.parameters ?? []).filter((p) => p.in === 'path' && p.name === 'id'),
    );
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(id.schema?.format).toBe('uuid');
  });
});
