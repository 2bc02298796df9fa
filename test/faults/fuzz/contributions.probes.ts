import type { Endpoint } from './endpoint';
import {
  b64url,
  bearers,
  enumField,
  intArrayField,
  intField,
  stringField,
  WRONG_TYPES,
  type FuzzContext,
  type Probe,
  type Random,
} from './probe';

export const validContribution = () => ({
  questionNumber: 1,
  body: 'Fair recruitment needs enforcement.',
  language: 'en',
  objectiveNumbers: [6],
});

/** Submission and listing, replies, hiding and restoring, moderators' corrections. */
export function contributionEndpoints(ctx: FuzzContext, r: Random): Endpoint[] {
  const as = bearers(ctx);
  const { contribution, closedContribution, reply } = ctx;
  const cursorOf = (at: string, id: string) => b64url(`${at}|${id}`);
  return [
    {
      method: 'post',
      path: '/rounds/:id/contributions',
      id: ctx.openRound,
      auth: as.author,
      body: {
        valid: validContribution,
        fields: [
          intField('questionNumber', 1, 99),
          stringField('body', 1, 20_000),
          enumField('language', ['de', 'EN', 'en-GB', 'es'], false),
          intArrayField('objectiveNumbers', 23, 0, false),
        ],
        oddNumbers: ['questionNumber', 'objectiveNumbers'],
      },
      idBody: validContribution(),
      refused: [
        // Well formed, but not for this round: question 3 does not exist, Spanish is not used.
        { body: { questionNumber: 3, body: 'Which question?' } },
        { body: { questionNumber: 99, body: 'Which question?' } },
        { body: { questionNumber: 1, body: 'En español', language: 'es' } },
        { id: ctx.closedRound, body: validContribution() },
        { id: ctx.draftRound, body: validContribution() },
      ],
    },
    {
      method: 'get',
      path: '/rounds/:id/contributions',
      id: ctx.openRound,
      auth: as.author,
      badQueries: [
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
        `cursor=${cursorOf('2024-13-45T25:61:61.000000Z', r.unknownId())}`,
        `cursor=${cursorOf('0000-01-01T00:00:00.000000Z', r.unknownId())}`,
        `cursor=${cursorOf('2024-01-01T00:00:00.000000Z', 'not-a-uuid')}`,
        `cursor=${cursorOf('2024-01-01T00:00:00Z', r.unknownId())}`,
        `cursor=${cursorOf("2024-01-01T00:00:00.000000Z' OR 1=1--", r.unknownId())}`,
        `cursor=${b64url('|')}`,
        `cursor=${encodeURIComponent("' OR 1=1--")}`,
        'foo=bar',
        'status=open',
        '__proto__[polluted]=yes&limit=-1',
        'constructor[prototype][polluted]=yes',
        `${'k'.repeat(2000)}=1`,
      ],
      refused: [{ id: ctx.draftRound }],
    },
    { method: 'get', path: '/contributions/:id', id: contribution, auth: as.author },
    {
      method: 'post',
      path: '/contributions/:id/replies',
      id: contribution,
      auth: as.author,
      body: {
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
              ctx.closedReply,
              r.unknownId(),
            ],
          },
        ],
      },
      idBody: { body: 'A reply.' },
      refused: [{ id: closedContribution, body: { body: 'Too late.' } }],
    },
    {
      method: 'post',
      path: '/contributions/:id/hide',
      id: contribution,
      auth: as.moderator,
      body: { valid: () => ({ reason: 'off topic' }), fields: [stringField('reason', 1, 1000)] },
      idBody: { reason: 'spam' },
      refused: [
        { auth: as.author, body: { reason: 'I dislike it' } },
        { auth: as.otherModerator, body: { reason: 'spam' } },
        { auth: as.otherModerator, id: closedContribution, body: { reason: 'spam' } },
      ],
    },
    {
      method: 'post',
      path: '/contributions/:id/restore',
      id: contribution,
      auth: as.moderator,
      body: {
        valid: () => ({ reason: 'back on topic' }),
        fields: [stringField('reason', 1, 1000, false)],
      },
      idBody: { reason: 'fine' },
      refused: [
        // The contribution is visible: restoring it is a conflict.
        { body: { reason: 'not hidden' } },
        { body: {} },
        { auth: as.otherModerator, body: { reason: 'fine' } },
      ],
    },
    {
      method: 'put',
      path: '/contributions/:id/objectives',
      id: contribution,
      auth: as.moderator,
      body: {
        valid: () => ({ objectiveNumbers: [2, 6], reason: 'About pathways and recruitment.' }),
        fields: [intArrayField('objectiveNumbers', 23, 0), stringField('reason', 1, 1000, false)],
      },
      idBody: { objectiveNumbers: [6] },
      refused: [
        { auth: as.author, body: { objectiveNumbers: [6] } },
        { auth: as.coChair, body: { objectiveNumbers: [6] } },
        { auth: as.otherModerator, id: closedContribution, body: { objectiveNumbers: [6] } },
      ],
    },
    {
      method: 'post',
      path: '/contributions/:id/claim-corrections',
      id: contribution,
      auth: as.moderator,
      body: {
        valid: () => ({ start: 0, end: 15, objective: 6, kind: 'recommendation', reason: 'Why.' }),
        fields: [
          intField('start', 0, 20_000),
          intField('end', 1, 20_000),
          // null is a value here: the claim is about no objective.
          intField('objective', 1, 23, false),
          enumField('kind', ['Practice', 'evidence', 'claim', 'RECOMMENDATION'], false),
          stringField('reason', 1, 1000, false),
        ],
      },
      idBody: { start: 0, end: 5, kind: 'practice' },
      refused: [
        // Well formed, but no span of this 34-character body, or no correction at all.
        { body: { start: 5, end: 5, kind: 'practice' } },
        { body: { start: 9, end: 5, kind: 'practice' } },
        { body: { start: 0, end: 35, kind: 'practice' } },
        { body: { start: 0, end: 15 } },
        { body: { start: 0, end: 15, reason: 'Nothing to correct.' } },
        { auth: as.author, body: { start: 0, end: 5, kind: 'practice' } },
        {
          auth: as.otherModerator,
          id: closedContribution,
          body: { start: 0, end: 5, objective: null },
        },
      ],
    },
    {
      method: 'get',
      path: '/contributions/:id/corrections',
      id: contribution,
      auth: as.moderator,
      refused: [{ auth: as.author }, { auth: as.otherModerator }],
    },
  ];
}

/** Submission's Idempotency-Key: malformed keys, and good keys on refused requests. */
export function idempotencyKeyProbes(ctx: FuzzContext, r: Random): Probe[] {
  const auth = bearers(ctx).author;
  const submit = (id: string) => `/rounds/${id}/contributions`;
  const malformed = ['', 'a b', 'x'.repeat(256), 'é', 'key\u00ff', '"quoted key"', ['k1', 'k2']];
  // A good key on a refused request must store no key.
  const refused: [string, object][] = [
    [ctx.openRound, { ...validContribution(), body: '' }],
    [ctx.openRound, { ...validContribution(), questionNumber: 3 }],
    [ctx.closedRound, validContribution()],
    [ctx.draftRound, validContribution()],
    [r.unknownId(), validContribution()],
  ];
  return [
    ...malformed.map((key): Probe => ({
      category: 'bad Idempotency-Key',
      method: 'post',
      path: submit(ctx.openRound),
      auth,
      headers: { 'Idempotency-Key': key },
      body: validContribution(),
      expect: [400],
    })),
    ...refused.map(([round, body]): Probe => ({
      category: 'bad Idempotency-Key',
      method: 'post',
      path: submit(round),
      auth,
      headers: { 'Idempotency-Key': `fuzz-${r.hex(12)}` },
      body,
    })),
  ];
}
