import { TEST_ADMIN } from '@convene/testing';
import type { Endpoint } from './endpoint';
import {
  bearers,
  enumField,
  NOT_STRINGS,
  stringField,
  type FuzzContext,
  type Random,
} from './probe';

/** Registration, sign-in, users and their roles, and the signed-in user's notifications. */
export function accountEndpoints(ctx: FuzzContext, r: Random): Endpoint[] {
  const as = bearers(ctx);
  const { author, outsider } = ctx;
  return [
    {
      method: 'post',
      path: '/auth/register',
      auth: null,
      body: {
        valid: () => ({
          email: `fuzz-${r.hex(8)}@example.test`,
          password: 'a-long-enough-password',
          displayName: 'Fuzz Tester',
          organisation: 'Fuzz Org',
          stakeholderType: 'academia',
        }),
        fields: [
          {
            ...stringField('email', 3, 254),
            invalid: [
              ...NOT_STRINGS,
              null,
              '',
              'not-an-email',
              'a@',
              '@example.test',
              'a b@example.test',
              'a@b',
              `${'a'.repeat(65)}@example.test`,
              `${'a'.repeat(60)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.test`,
              "' OR 1=1--@example.test",
            ],
          },
          stringField('password', 12, 200, true, false),
          stringField('displayName', 1, 200),
          stringField('organisation', 1, 200, false),
          enumField('stakeholderType', ['ngo', 'CIVIL_SOCIETY', 'civil society', 'admin']),
        ],
      },
      refused: [
        // The same email as an account that exists, in other letter case: a conflict.
        {
          body: {
            email: author.email.toUpperCase(),
            password: 'a-long-enough-password',
            displayName: 'Twin',
            stakeholderType: 'academia',
          },
        },
        {
          body: {
            email: TEST_ADMIN.email,
            password: 'a-long-enough-password',
            displayName: 'Fake admin',
            stakeholderType: 'individual',
          },
        },
      ],
    },
    {
      method: 'post',
      path: '/auth/login',
      auth: null,
      body: {
        valid: () => ({ email: author.email, password: 'not-the-password' }),
        fields: [
          {
            name: 'email',
            required: true,
            invalid: [...NOT_STRINGS, null, '', 'nobody', `${'a'.repeat(250)}@e.test`],
          },
          stringField('password', 1, 200, true, false),
        ],
      },
      refused: [
        { body: { email: author.email, password: 'wrong-password-123' } },
        { body: { email: author.email.toUpperCase(), password: `${author.password}x` } },
        { body: { email: 'nobody@example.test', password: author.password } },
        { body: { email: TEST_ADMIN.email, password: "' OR 1=1--" } },
      ],
    },
    {
      method: 'get',
      path: '/users',
      auth: as.admin,
      badQueries: [
        'email=notanemail',
        'email=',
        'email=a@b',
        `email=${'x'.repeat(250)}@e.test`,
        'email=a@example.test&email=b@example.test',
        `email=${encodeURIComponent("' OR 1=1--")}`,
        'role=admin',
      ],
      refused: [{ auth: as.moderator }],
    },
    {
      method: 'put',
      path: '/users/:id/roles',
      id: outsider.id,
      auth: as.admin,
      body: {
        valid: () => ({ roles: ['stakeholder', 'moderator'] }),
        fields: [
          {
            name: 'roles',
            required: true,
            invalid: [
              null,
              [],
              'admin',
              ['superuser'],
              ['ADMIN'],
              ['admin', 'admin'],
              ['stakeholder', 'stakeholder', 'moderator', 'co_chair', 'admin'],
              [null],
              [1],
              [['admin']],
              [{ role: 'admin' }],
              { 0: 'admin' },
              ...NOT_STRINGS,
            ],
          },
        ],
      },
      idBody: { roles: ['stakeholder'] },
      refused: [
        { auth: as.moderator, body: { roles: ['stakeholder', 'admin'] } },
        { auth: as.author, id: author.id, body: { roles: ['admin'] } },
        // The admin may not drop their own admin role.
        { id: ctx.admin.id, body: { roles: ['moderator'] } },
      ],
    },
    {
      method: 'get',
      path: '/me/notifications',
      auth: as.author,
      badQueries: [
        'unread=yes',
        'unread=1',
        'unread=TRUE',
        'unread=',
        'unread=true&unread=false',
        'page=2',
        'userId=' + outsider.id,
      ],
    },
    {
      method: 'post',
      path: '/me/notifications/:id/read',
      id: ctx.authorNotification,
      auth: as.author,
      refused: [{ auth: as.outsider }, { id: ctx.coChairNotification }],
    },
  ];
}
