import { createHmac } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp, type TestUser } from '@convene/testing';

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Issue 13's header, surface and token probes, each refused for good. */
describe('hardening', () => {
  let app: TestApp;
  let base: string;
  let user: TestUser;

  beforeAll(async () => {
    app = await startTestApp({ worker: false, env: { API_DOCS: 'off' } });
    base = await app.url();
    user = await app.api.user();
  });

  afterAll(() => app.close());

  it('sends security headers on pages and API answers, and no framework banner', async () => {
    for (const path of ['/', '/api/health/live', '/api/rounds']) {
      const res = await request(base).get(path);
      expect([path, res.headers['x-content-type-options']]).toEqual([path, 'nosniff']);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('serves no API docs when API_DOCS is off', async () => {
    expect((await request(base).get('/api/docs')).status).toBe(404);
    expect((await request(base).get('/api/docs-json')).status).toBe(404);
  });

  it('refuses a correctly signed token that never expires', async () => {
    const header = b64url({ alg: 'HS256', typ: 'JWT' });
    const payload = b64url({ sub: user.id, roles: ['stakeholder'], iat: 1 });
    const signature = createHmac('sha256', app.config.jwtSecret)
      .update(`${header}.${payload}`)
      .digest('base64url');
    const res = await request(base)
      .get('/api/me/notifications')
      .set('Authorization', `Bearer ${header}.${payload}.${signature}`);
    expect(res.status).toBe(401);
    const normal = await request(base)
      .get('/api/me/notifications')
      .set('Authorization', `Bearer ${user.token}`);
    expect(normal.status).toBe(200);
  });

  it('refuses bodies with keys that reach a prototype', async () => {
    const res = await request(base)
      .post('/api/auth/register')
      .set('Content-Type', 'application/json')
      .send(
        '{"email":"proto@example.test","password":"a-long-password","displayName":"P","stakeholderType":"individual","__proto__":{"roles":["admin"]}}',
      );
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/__proto__/);
    const stored = await app.db.query(`SELECT 1 FROM users WHERE email = 'proto@example.test'`);
    expect(stored).toHaveLength(0);
  });
});
