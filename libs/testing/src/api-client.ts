import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import type { Role, StakeholderType } from '@convene/common';
import { TEST_ADMIN } from './test-config';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
  roles: Role[];
}

type Method = 'get' | 'post' | 'put';

/** supertest against the app (or a base URL), with sign-up and sign-in shortcuts. */
export class ApiClient {
  private adminToken?: string;

  constructor(readonly server: Server | string) {}

  raw(): request.Agent {
    return request.agent(this.server);
  }

  /** A request with the token of this user (or none). */
  as(user: { token: string } | null) {
    const call = (method: Method, path: string) => {
      const test = request(this.server)[method](`/api${path}`);
      return user ? test.set('Authorization', `Bearer ${user.token}`) : test;
    };
    return {
      get: (path: string) => call('get', path),
      post: (path: string, body?: object) => call('post', path).send(body ?? {}),
      put: (path: string, body?: object) => call('put', path).send(body ?? {}),
    };
  }

  async login(email: string, password: string): Promise<string> {
    const res = await request(this.server).post('/api/auth/login').send({ email, password });
    if (res.status !== 200)
      throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  }

  async admin(): Promise<{ token: string }> {
    this.adminToken ??= await this.login(TEST_ADMIN.email, TEST_ADMIN.password);
    return { token: this.adminToken };
  }

  /** Registers a user, grants the extra roles through the admin API, and signs them in. */
  async user(
    roles: Role[] = ['stakeholder'],
    profile: {
      displayName?: string;
      organisation?: string;
      stakeholderType?: StakeholderType;
    } = {},
  ): Promise<TestUser> {
    const email = `user-${randomBytes(6).toString('hex')}@example.test`;
    const password = `pw-${randomBytes(8).toString('hex')}`;
    const registered = await request(this.server)
      .post('/api/auth/register')
      .send({
        email,
        password,
        displayName: profile.displayName ?? `Tester ${email.slice(5, 11)}`,
        organisation: profile.organisation,
        stakeholderType: profile.stakeholderType ?? 'civil_society',
      });
    if (registered.status !== 201) {
      throw new Error(`register failed: ${registered.status} ${JSON.stringify(registered.body)}`);
    }
    const id = registered.body.id as string;
    const wanted = [...new Set<Role>(['stakeholder', ...roles])];
    if (wanted.length > 1) {
      const res = await this.as(await this.admin()).put(`/users/${id}/roles`, { roles: wanted });
      if (res.status !== 200) throw new Error(`set roles failed: ${res.status}`);
    }
    return { id, email, password, roles: wanted, token: await this.login(email, password) };
  }
}

/**
 * A browser session cookie for this user, got through the sign-in form as a browser would
 * (same-origin form post), for tests of the web pages without a browser.
 */
export async function signInCookie(base: string, user: TestUser): Promise<string> {
  const res = await request(base)
    .post('/sign-in')
    .set('Origin', base)
    .type('form')
    .send({ email: user.email, password: user.password });
  if (res.status !== 303) throw new Error(`sign-in page answered ${res.status}`);
  return String(res.headers['set-cookie']).split(';')[0];
}
