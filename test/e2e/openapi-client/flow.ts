import { randomUUID } from 'node:crypto';
import createClient, { type Client } from 'openapi-fetch';
import type { Credentials, RunFlow } from './contract';
// Generated from the served spec by openapi-client.e2e-spec.ts, which compiles this file.
import type { paths } from './schema';

/**
 * A request body as the spec types it. openapi-fetch lets a field the body type lacks through
 * (openapi-ts/openapi-typescript#1769), so bodies with optional fields are declared with this
 * type, where a field the spec does not name is an error.
 */
type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** The answer's body, or an error naming the request and what the API said instead. */
async function ok<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await pending;
  if (data === undefined) {
    throw new Error(`${response.url} answered ${response.status}: ${JSON.stringify(error)}`);
  }
  return data;
}

export const runFlow: RunFlow = async (baseUrl, admin, settle) => {
  const anonymous = createClient<paths>({ baseUrl });
  const signIn = async (credentials: Credentials): Promise<Client<paths>> => {
    const { accessToken } = await ok(anonymous.POST('/api/auth/login', { body: credentials }));
    return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${accessToken}` } });
  };
  const signUp = async (
    displayName: string,
    stakeholderType: BodyOf<'/api/auth/register', 'post'>['stakeholderType'],
  ) => {
    const credentials = { email: `${randomUUID()}@example.test`, password: randomUUID() };
    const body: BodyOf<'/api/auth/register', 'post'> = {
      ...credentials,
      displayName,
      organisation: 'Convene flow',
      stakeholderType,
    };
    const registered = await ok(anonymous.POST('/api/auth/register', { body }));
    return { id: registered.id, credentials };
  };

  const adminClient = await signIn(admin);
  const moderatorAccount = await signUp('Mona Moderator', 'un_entity');
  await ok(
    adminClient.PUT('/api/users/{id}/roles', {
      params: { path: { id: moderatorAccount.id } },
      body: { roles: ['moderator', 'stakeholder'] },
    }),
  );
  const moderator = await signIn(moderatorAccount.credentials);
  const author = await signIn((await signUp('Amina Author', 'trade_union')).credentials);

  const roundBody: BodyOf<'/api/rounds', 'post'> = {
    title: 'Roundtable on decent work for migrant workers',
    description: 'Inputs for the background note of the roundtable.',
    objectiveNumbers: [5, 6],
    languages: ['en', 'fr'],
    closesAt: new Date(Date.now() + 24 * 3600 * 1000).toISOString(),
    noteWordTarget: 600,
    questions: [
      {
        number: 1,
        text: {
          en: 'What should the roundtable prioritise?',
          fr: 'Quelles priorités pour la table ronde ?',
        },
      },
    ],
  };
  const round = await ok(moderator.POST('/api/rounds', { body: roundBody }));
  const path = { id: round.id };
  const opened = await ok(moderator.POST('/api/rounds/{id}/open', { params: { path } }));

  const contribution: BodyOf<'/api/rounds/{id}/contributions', 'post'> = {
    questionNumber: 1,
    body: 'Les voies de migration régulière doivent garantir l’égalité de traitement et une protection sociale portable.',
    language: 'fr',
    objectiveNumbers: [6],
  };
  const idempotencyKey = `flow-${round.id}`;
  const submitFirst = () =>
    ok(
      author.POST('/api/rounds/{id}/contributions', {
        params: { path, header: { 'Idempotency-Key': idempotencyKey } },
        body: contribution,
      }),
    );
  const first = await submitFirst();
  const replayed = await submitFirst();
  const second = await ok(
    author.POST('/api/rounds/{id}/contributions', {
      params: { path },
      body: {
        questionNumber: 1,
        body: 'Skills partnerships should recognise qualifications gained abroad.',
      },
    }),
  );

  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await ok(
      author.GET('/api/rounds/{id}/contributions', {
        params: { path, query: { questionNumber: 1, limit: 1, cursor } },
      }),
    );
    pages.push(page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  const reply = await ok(
    moderator.POST('/api/contributions/{id}/replies', {
      params: { path: { id: first.id } },
      body: { body: 'Which sectors need this most?' },
    }),
  );
  const detail = await ok(
    author.GET('/api/contributions/{id}', { params: { path: { id: first.id } } }),
  );

  await settle();
  const notifications = await ok(
    author.GET('/api/me/notifications', { params: { query: { unread: 'true' } } }),
  );

  const closed = await ok(moderator.POST('/api/rounds/{id}/close', { params: { path } }));
  const late = await author.POST('/api/rounds/{id}/contributions', {
    params: { path },
    body: { questionNumber: 1, body: 'Too late for the note, but worth saying.' },
  });
  if (!late.error) throw new Error('a contribution to a closed round was taken');

  await settle();
  const settled = await ok(author.GET('/api/rounds/{id}', { params: { path } }));
  const listed = await ok(author.GET('/api/rounds', { params: { query: { status: 'drafted' } } }));

  return {
    roundId: round.id,
    statuses: {
      created: round.status,
      opened: opened.status,
      closed: closed.status,
      settled: settled.status,
    },
    contributionIds: [first.id, second.id],
    replayedId: replayed.id,
    pages,
    language: detail.language,
    reply: { id: reply.id, isModeratorReply: reply.isModeratorReply },
    thread: detail.replies.map((r) => r.id),
    notifications: notifications.map(({ type, contributionId }) => ({ type, contributionId })),
    lateSubmission: { status: late.response.status, statusCode: late.error.statusCode },
    listedRoundIds: listed.map((r) => r.id),
    contributionCount: settled.counts.contributions,
  };
};
