import type { INestApplication } from '@nestjs/common';
import express from 'express';
import request from 'supertest';
import { bodyFault, installBodyParser, MAX_BODY_DEPTH } from './body-parser';

function appWithParser() {
  const app = express();
  installBodyParser(app as unknown as INestApplication);
  app.post('/api/echo', (req, res) => {
    res.json({ body: req.body as unknown });
  });
  return app;
}

function post(data: string | Buffer, type = 'application/json') {
  return request(appWithParser())
    .post('/api/echo')
    .set('Content-Type', type)
    .serialize((body: string | Buffer) => body as string)
    .send(data);
}

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('bodyFault', () => {
  it('accepts bodies as deep as the API takes', () => {
    expect(bodyFault({ questions: [{ number: 1, text: { en: 'Why?' } }] })).toBeNull();
    expect(bodyFault(JSON.parse(nested(MAX_BODY_DEPTH)))).toBeNull();
  });

  it('refuses deeper ones without exhausting the stack, however deep', () => {
    expect(bodyFault(JSON.parse(nested(MAX_BODY_DEPTH + 1)))).toMatch(/deeper than/);
    expect(bodyFault(JSON.parse(`{"a":${nested(200_000)}}`))).toMatch(/deeper than/);
  });

  it('refuses an array longer than any the API takes, before validation sees it', () => {
    const objectiveNumbers = Array.from({ length: 140_000 }, (_, i) => i);
    expect(bodyFault({ questionNumber: 1, body: 'x', objectiveNumbers })).toMatch(
      /more than 100 items/,
    );
    expect(bodyFault({ questions: [{ text: { en: 'x' }, tags: new Array(101).fill(1) }] })).toMatch(
      /more than 100 items/,
    );
    expect(bodyFault({ objectiveNumbers: new Array(100).fill(1) })).toBeNull();
  });

  it('refuses keys that reach an object prototype, at any depth', () => {
    expect(bodyFault(JSON.parse('{"__proto__": {"admin": true}}'))).toMatch(/__proto__/);
    expect(bodyFault({ questions: [{ constructor: { prototype: 1 } }] })).toMatch(/constructor/);
    expect(bodyFault({ text: '__proto__ as a word is fine' })).toBeNull();
  });

  it('refuses U+0000 in any text or key, at any depth', () => {
    expect(bodyFault({ body: 'a\u0000b' })).toMatch(/U\+0000/);
    expect(bodyFault({ questions: [{ text: { en: '\u0000' } }] })).toMatch(/U\+0000/);
    expect(bodyFault({ 'k\u0000': 1 })).toMatch(/U\+0000/);
    expect(bodyFault({ body: 'a\\u0000b, only spelled out' })).toBeNull();
  });
});

describe('installBodyParser', () => {
  it('passes a good body on', async () => {
    const res = await post('{"body":"café"}');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ body: { body: 'café' } });
  });

  it.each([
    ['nesting too deep', nested(100_000), 400],
    ['U+0000 in a text', '{"body":"a\\u0000b"}', 400],
    ['JSON that is not UTF-8', Buffer.from('{"body":"caf\xe9"}', 'latin1'), 400],
    ['broken JSON', '{"body":', 400],
    ['a body over 1 MB', `{"body":"${'x'.repeat(1024 * 1024)}"}`, 413],
  ])('answers %s with %i in Nest error shape', async (_, data, status) => {
    const res = await post(data);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({
      statusCode: status,
      message: expect.any(String),
      error: status === 413 ? 'Payload Too Large' : 'Bad Request',
    });
  });

  it('answers a charset other than UTF-8 with 415 Unsupported Media Type', async () => {
    const res = await post('{"a":1}', 'application/json; charset=iso-8859-1');
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
  });
});
