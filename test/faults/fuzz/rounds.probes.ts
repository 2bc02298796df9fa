import { roundInput } from '@convene/testing';
import type { Endpoint } from './endpoint';
import {
  bearers,
  intArrayField,
  intField,
  NOT_STRINGS,
  stringField,
  WRONG_TYPES,
  type FuzzContext,
  type Random,
} from './probe';

export const validRound = (ctx: FuzzContext) => ({
  ...roundInput({
    languages: ['en', 'fr'],
    questions: [{ number: 1, text: { en: 'What works?', fr: 'Quoi ?' } }],
  }),
  noteWordTarget: 800,
  coChairIds: [ctx.coChair.id],
});

/** The objectives rounds review, and rounds: creation, listing, reading, opening, closing. */
export function roundEndpoints(ctx: FuzzContext, r: Random): Endpoint[] {
  const as = bearers(ctx);
  return [
    { method: 'get', path: '/objectives', auth: null },
    {
      method: 'post',
      path: '/rounds',
      auth: as.moderator,
      body: {
        valid: () => validRound(ctx),
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
              [ctx.coChair.id, ctx.coChair.id],
              [ctx.author.id],
              [r.unknownId()],
              Array.from({ length: 21 }, () => r.unknownId()),
              ...WRONG_TYPES.filter((v) => !Array.isArray(v) || v.length > 0),
            ],
          },
        ],
        oddNumbers: ['noteWordTarget', 'objectiveNumbers'],
      },
      refused: [
        { auth: as.author, body: validRound(ctx) },
        { auth: as.coChair, body: validRound(ctx) },
      ],
    },
    {
      method: 'get',
      path: '/rounds',
      auth: as.author,
      badQueries: [
        'status=bogus',
        'status=OPEN',
        'status=',
        'status=open&status=closed',
        'status[]=open',
        'limit=1',
        'foo=bar',
        `status=${encodeURIComponent("open' OR 1=1--")}`,
      ],
    },
    {
      method: 'get',
      path: '/rounds/:id',
      id: ctx.openRound,
      auth: as.author,
      refused: [{ id: ctx.draftRound }],
    },
    {
      method: 'post',
      path: '/rounds/:id/open',
      id: ctx.draftRound,
      auth: as.moderator,
      refused: [
        { auth: as.otherModerator },
        { auth: as.author },
        { id: ctx.openRound },
        { id: ctx.closedRound },
      ],
    },
    {
      method: 'post',
      path: '/rounds/:id/close',
      id: ctx.openRound,
      auth: as.moderator,
      refused: [
        { auth: as.otherModerator },
        { auth: as.author },
        { id: ctx.closedRound },
        { id: ctx.draftRound },
        // A body it takes none of, on a request refused anyway.
        { id: ctx.closedRound, body: { force: true } },
      ],
    },
  ];
}
