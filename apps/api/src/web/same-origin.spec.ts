import type { Request } from 'express';
import { assertSameOrigin } from './same-origin';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as Request;

describe('assertSameOrigin', () => {
  it('takes a form posted from a page of this host', () => {
    expect(() =>
      assertSameOrigin(request({ host: 'convene.test:3000', origin: 'http://convene.test:3000' })),
    ).not.toThrow();
    expect(() =>
      assertSameOrigin(
        request({ host: 'convene.test', referer: 'https://convene.test/consultations/x' }),
      ),
    ).not.toThrow();
  });

  it('refuses a form from another site, an opaque origin, or one that says nothing', () => {
    const cases: Record<string, string>[] = [
      { host: 'convene.test', origin: 'https://evil.test' },
      { host: 'convene.test', origin: 'null' },
      { host: 'convene.test', referer: 'not a url' },
      { host: 'convene.test' },
    ];
    for (const headers of cases) {
      expect(() => assertSameOrigin(request(headers))).toThrow('cross-site form');
    }
  });
});
