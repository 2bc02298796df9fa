/**
 * `npm run demo`: starts the built API and worker, plays the sample consultation of
 * demo-consultation.ts through the HTTP API and tells what happened. scripts/demo.sh installs,
 * builds and migrates first.
 *
 * The play is the list STEPS, run in order on one shared state; later steps append to it.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CAST,
  CONTRIBUTIONS,
  HIDE,
  PARTICIPANTS,
  ROUND,
  ROUND_OPEN_SECONDS,
  SIDE_ROUND,
  THREAD,
  type ContributionPlan,
  type Participant,
} from './demo-consultation';
import { Child, freePort } from './child-process';

const ROOT = resolve(__dirname, '..');
const ADMIN = { email: 'demo-admin@convene-demo.example', password: 'convene-demo-admin-pass' };
const PASSWORD = 'convene-demo-participant';
/** A closed round may move on at once (synthesis): every status past open counts as closed. */
const PAST_OPEN = ['closed', 'synthesizing', 'drafted'];
/** How long after closesAt the worker may take to close the round. */
const CLOSE_GRACE_MS = 30_000;
/** How long the worker may take to analyse, synthesise and draft the note of a closed round. */
const DRAFT_GRACE_MS = 60_000;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// --- Output -----------------------------------------------------------------------------------

const out = (line = '') => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const clip = (text: string, max = 80) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
/** The text in lines of at most about 96 characters: the first after `indent`, others after `hang`. */
const wrap = (text: string, indent: string, hang = indent) =>
  text
    .split(' ')
    .reduce<string[]>((lines, word) => {
      const last = lines.length - 1;
      if (last >= 0 && hang.length + lines[last].length + word.length < 96) {
        lines[last] += ` ${word}`;
      } else lines.push(word);
      return lines;
    }, [])
    .map((line, index) => (index ? hang : indent) + line)
    .join('\n');

class DemoError extends Error {}

function check(condition: boolean, message: string): void {
  if (!condition) throw new DemoError(message);
}

// --- HTTP -------------------------------------------------------------------------------------

class Api {
  constructor(
    readonly base: string,
    private readonly token?: string,
  ) {}

  as(token: string): Api {
    return new Api(this.base, token);
  }

  get<T>(path: string): Promise<T> {
    return this.call('GET', path, undefined, 200);
  }

  post<T>(path: string, body?: object, expect = 200): Promise<T> {
    return this.call('POST', path, body, expect);
  }

  put<T>(path: string, body: object): Promise<T> {
    return this.call('PUT', path, body, 200);
  }

  /** A body that is not JSON (Markdown, a Word file), fetched with the given Accept header. */
  async download(path: string, accept: string): Promise<{ type: string; bytes: Buffer }> {
    const response = await fetch(`${this.base}${path}`, {
      headers: { accept, ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      signal: AbortSignal.timeout(10_000),
    });
    check(response.status === 200, `GET ${path} (${accept}) answered ${response.status}`);
    return {
      type: response.headers.get('content-type') ?? '',
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  /** Any answer, whatever its status. */
  async attempt(method: string, path: string, body?: object) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as { message?: string } | null };
  }

  private async call<T>(method: string, path: string, body: object | undefined, expect: number) {
    const answer = await this.attempt(method, path, body);
    check(
      answer.status === expect,
      `${method} ${path} answered ${answer.status} ${JSON.stringify(answer.body)}; expected ${expect}`,
    );
    return answer.body as T;
  }
}

/** Polls until probe() returns a value, or fails after timeoutMs. */
async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    check(Date.now() < deadline, `gave up after ${seconds(timeoutMs)} waiting for ${what}`);
    await sleep(250);
  }
}

// --- What the demo reads from the API ---------------------------------------------------------

interface RoundView {
  id: string;
  title: string;
  status: string;
  objectiveNumbers: number[];
  questions: { number: number; text: Record<string, string> }[];
  closesAt: string;
  closedAt: string | null;
  counts: { contributions: number; replies: number };
}

interface Author {
  displayName: string;
  organisation: string | null;
  stakeholderType: string;
}

interface ContributionView {
  id: string;
  questionNumber: number;
  author: Author;
  body: string;
  language: string | null;
  status: string;
  objectives: { number: number; source: string }[];
  replies: {
    id: string;
    parentReplyId: string | null;
    author: Author;
    body: string;
    isModeratorReply: boolean;
  }[];
  moderationLog?: { action: string; reason: string | null }[];
}

type Page<T> = { items: T[]; nextCursor: string | null };

interface NoteView {
  id: string;
  version: number;
  wordCount: number;
  wordTarget: number;
  generatedAt: string;
  sections: { heading: string; paragraphs: { sourceIds: string[]; quotes: unknown[] }[] }[];
}

interface SynthesisView {
  objectiveNumber: number;
  contributionIds: string[];
  themes: { label: string }[];
  keyPoints: unknown[];
}

// --- The play ---------------------------------------------------------------------------------

interface Person extends Participant {
  id: string;
  email: string;
  api: Api;
}

interface Demo {
  api: Api;
  runId: string;
  people: Map<string, Person>;
  /** Contribution ids by their key in the plan. */
  contributions: Map<string, string>;
  /** The main round, as last read. */
  round: RoundView;
}

interface Step {
  title: string;
  run(demo: Demo): Promise<void>;
}

function person(demo: Demo, key: string): Person {
  const found = demo.people.get(key);
  check(found !== undefined, `no participant ${key} in the cast`);
  return found!;
}

async function login(api: Api, email: string, password: string): Promise<Api> {
  const { accessToken } = await api.post<{ accessToken: string }>(
    '/api/auth/login',
    { email, password },
    200,
  );
  return api.as(accessToken);
}

async function contribute(demo: Demo, round: RoundView, plan: ContributionPlan): Promise<void> {
  const author = person(demo, plan.author);
  const { questionNumber, body, language, objectiveNumbers } = plan;
  const { id, status } = await author.api.post<{ id: string; status: string }>(
    `/api/rounds/${round.id}/contributions`,
    { questionNumber, body, language, objectiveNumbers },
    202,
  );
  demo.contributions.set(plan.key, id);
  const declared = plan.objectiveNumbers ?? [];
  const outside = declared.filter((n) => !round.objectiveNumbers.includes(n));
  out(`  ${author.displayName} (${author.stakeholderType}), question ${plan.questionNumber}:`);
  out(`      [${plan.language ?? 'language not declared'}] "${clip(plan.body)}"`);
  if (declared.length) {
    const note = outside.length ? `; ${outside.join(', ')} is not under review here` : '';
    out(`      declares objective(s) ${declared.join(', ')}${note}`);
  }
  out(`      → 202 ${status}, id ${id}`);
}

const STEPS: Step[] = [
  {
    title: 'Accounts: the cast registers, the admin grants roles',
    async run(demo) {
      const admin = await login(demo.api, ADMIN.email, ADMIN.password);
      out(`  admin ${ADMIN.email} signed in`);
      for (const p of PARTICIPANTS) {
        const email = `${p.key}.${demo.runId}@convene-demo.example`;
        const { displayName, organisation, stakeholderType, roles } = p;
        const account = { email, password: PASSWORD, displayName, organisation, stakeholderType };
        const registered = await demo.api.attempt('POST', '/api/auth/register', account);
        check(
          [201, 409].includes(registered.status),
          `registering ${email} answered ${registered.status} ${JSON.stringify(registered.body)}`,
        );
        const [{ id }] = await admin.get<{ id: string }[]>(
          `/api/users?email=${encodeURIComponent(email)}`,
        );
        if (roles.join() !== 'stakeholder') await admin.put(`/api/users/${id}/roles`, { roles });
        // Signing in after the role change gives a token that carries the roles.
        demo.people.set(p.key, { ...p, id, email, api: await login(demo.api, email, PASSWORD) });
        const how = registered.status === 201 ? 'registered' : 'existed, signed in';
        out(`  ${roles.join('+').padEnd(11)} ${p.displayName}, ${p.organisation}`);
        out(`              ${p.stakeholderType}; ${how}; id ${id}`);
      }
    },
  },
  {
    title: 'The ILO moderator creates and opens the round',
    async run(demo) {
      const moderator = person(demo, CAST.moderator);
      const coChair = person(demo, CAST.coChair);
      const objectives =
        await demo.api.get<{ number: number; title: { en: string } }[]>('/api/objectives');
      const closesAt = new Date(Date.now() + ROUND_OPEN_SECONDS * 1000).toISOString();
      const round = await moderator.api.post<RoundView>(
        '/api/rounds',
        { ...ROUND, closesAt, coChairIds: [coChair.id] },
        201,
      );
      out(`  ${moderator.displayName} created "${round.title}"`);
      out(`  id ${round.id}, status ${round.status}, co-chair ${coChair.displayName}`);
      out('  objectives under review:');
      for (const n of round.objectiveNumbers) {
        const title = objectives.find((o) => o.number === n)?.title.en ?? '?';
        out(`    ${String(n).padStart(2)}. ${clip(title, 88)}`);
      }
      out('  questions (en / fr / es):');
      for (const q of round.questions) {
        out(wrap(`Q${q.number}. ${q.text.en}`, '    ', '        '));
        out(`        ${clip(q.text.fr ?? '(no French text)', 84)}`);
        out(`        ${clip(q.text.es ?? '(no Spanish text)', 84)}`);
      }
      const opened = await moderator.api.post<{ status: string }>(`/api/rounds/${round.id}/open`);
      demo.round = { ...round, status: opened.status };
      out(`  opened: status ${opened.status}; closes by itself at ${closesAt}`);
    },
  },
  {
    title: 'Stakeholders contribute in English, French and Spanish',
    async run(demo) {
      for (const plan of CONTRIBUTIONS) await contribute(demo, demo.round, plan);
      await printQueues(demo, 'right after the last contribution');
    },
  },
  {
    title: 'Moderation: the off-topic post is hidden',
    async run(demo) {
      const moderator = person(demo, CAST.moderator);
      const reader = person(demo, CONTRIBUTIONS[0].author);
      const id = demo.contributions.get(HIDE.contribution);
      await moderator.api.post(`/api/contributions/${id}/hide`, { reason: HIDE.reason });
      out(`  ${moderator.displayName} hid ${id}`);
      out(`      reason: "${HIDE.reason}"`);

      const hidden = await moderator.api.get<ContributionView>(`/api/contributions/${id}`);
      const log = hidden.moderationLog?.at(-1);
      out(
        `  the moderator still reads it: status ${hidden.status}, last log entry "${log?.action}"`,
      );

      const asReader = await reader.api.attempt('GET', `/api/contributions/${id}`);
      check(asReader.status === 404, `a stakeholder read the hidden post (${asReader.status})`);
      const list = await reader.api.get<Page<{ id: string }>>(
        `/api/rounds/${demo.round.id}/contributions?limit=100`,
      );
      check(!list.items.some((c) => c.id === id), 'the hidden post is listed to a stakeholder');
      out(
        `  ${reader.displayName} gets 404 for it; the round lists ${list.items.length} without it`,
      );

      for (const [label, who] of [
        ['moderator', moderator],
        ['stakeholder', reader],
      ] as const) {
        const { counts } = await who.api.get<RoundView>(`/api/rounds/${demo.round.id}`);
        out(`  GET /api/rounds/:id as ${label.padEnd(11)} → counts ${JSON.stringify(counts)}`);
      }
    },
  },
  {
    title: 'A thread: the moderator asks, the author answers, the worker notifies',
    async run(demo) {
      const moderator = person(demo, CAST.moderator);
      const id = demo.contributions.get(THREAD.contribution);
      const author = person(demo, CONTRIBUTIONS.find((c) => c.key === THREAD.contribution)!.author);
      const question = await moderator.api.post<{ id: string; isModeratorReply: boolean }>(
        `/api/contributions/${id}/replies`,
        { body: THREAD.question },
        201,
      );
      check(question.isModeratorReply, 'the reply of the round moderator is no moderator reply');
      out(`  ${moderator.displayName} replied to ${author.displayName} (a moderator reply)`);

      const asked = Date.now();
      const notification = await until('the moderator_reply notification', 15_000, async () => {
        const mine =
          await author.api.get<{ id: string; type: string; roundId: string }[]>(
            '/api/me/notifications',
          );
        return mine.find((n) => n.type === 'moderator_reply' && n.roundId === demo.round.id);
      });
      out(`  ${author.displayName} sees notification "${notification.type}" ${notification.id}`);
      out(`      (delivered by the worker ${seconds(Date.now() - asked)} after the reply)`);

      await author.api.post(
        `/api/contributions/${id}/replies`,
        { body: THREAD.answer, parentReplyId: question.id },
        201,
      );
      const thread = await author.api.get<ContributionView>(`/api/contributions/${id}`);
      out(`  the thread on ${id}:`);
      out(`    ${thread.author.displayName}: "${clip(thread.body)}"`);
      const print = (parent: string | null, indent: string): void => {
        for (const reply of thread.replies.filter((r) => r.parentReplyId === parent)) {
          const role = reply.isModeratorReply ? ', moderator' : '';
          out(`${indent}└ ${reply.author.displayName} (${reply.author.organisation}${role}):`);
          out(wrap(reply.body, `${indent}  `));
          print(reply.id, `${indent}   `);
        }
      };
      print(null, '    ');
    },
  },
  {
    title: 'The UNDP moderator runs a side round and closes it by hand',
    async run(demo) {
      const moderator = person(demo, CAST.secondModerator);
      const { contributions, ...plan } = SIDE_ROUND;
      const closesAt = new Date(Date.now() + 3_600_000).toISOString();
      const round = await moderator.api.post<RoundView>('/api/rounds', { ...plan, closesAt }, 201);
      await moderator.api.post(`/api/rounds/${round.id}/open`);
      out(`  ${moderator.displayName} opened "${round.title}"`);
      out(`      id ${round.id}, objectives ${round.objectiveNumbers.join(', ')}`);
      for (const c of contributions) await contribute(demo, round, c);
      const closed = await moderator.api.post<{ status: string }>(
        `/api/rounds/${round.id}/close`,
        undefined,
        202,
      );
      const after = await moderator.api.get<RoundView>(`/api/rounds/${round.id}`);
      check(PAST_OPEN.includes(after.status), `the side round is ${after.status} after the close`);
      out(`  POST /api/rounds/:id/close → 202 ${JSON.stringify(closed)}`);
      out(`  GET /api/rounds/:id → status ${after.status}, closedAt ${after.closedAt}`);
    },
  },
  {
    title: 'The main round closes by itself at closesAt',
    async run(demo) {
      const coChair = person(demo, CAST.coChair);
      const closesAt = Date.parse(demo.round.closesAt);
      out(`  waiting ${seconds(closesAt - Date.now())} for ${demo.round.closesAt}`);
      await sleep(Math.max(0, closesAt - Date.now()));
      demo.round = await until(`round ${demo.round.id} to close`, CLOSE_GRACE_MS, async () => {
        const round = await coChair.api.get<RoundView>(`/api/rounds/${demo.round.id}`);
        return PAST_OPEN.includes(round.status) ? round : undefined;
      });
      const lag = Date.parse(demo.round.closedAt ?? '') - closesAt;
      out(`  the worker closed it: status ${demo.round.status}, ${seconds(lag)} after closesAt`);

      const late = await person(demo, CONTRIBUTIONS[0].author).api.attempt(
        'POST',
        `/api/rounds/${demo.round.id}/contributions`,
        { questionNumber: 1, body: 'A late thought.' },
      );
      check(late.status === 409, `a late contribution answered ${late.status}, not 409`);
      out(`  a late contribution is refused: 409 "${late.body?.message}"`);
    },
  },
  {
    title: 'What the co-chair reads after the close',
    async run(demo) {
      const coChair = person(demo, CAST.coChair);
      const round = await coChair.api.get<RoundView>(`/api/rounds/${demo.round.id}`);
      const items: ContributionView[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const page: Page<ContributionView> = await coChair.api.get(
          `/api/rounds/${round.id}/contributions?limit=5${cursor && `&cursor=${cursor}`}`,
        );
        items.push(...page.items);
        cursor = page.nextCursor;
      }
      out(`  "${round.title}"`);
      out(`  status ${round.status}; counts ${JSON.stringify(round.counts)}`);
      for (const q of round.questions) {
        out(`  Q${q.number}. ${clip(q.text.en, 86)}`);
        for (const c of items.filter((i) => i.questionNumber === q.number)) {
          const objectives = c.objectives.map((o) => `${o.number} ${o.source}`).join(', ');
          out(`    [${c.language ?? '?'}] ${c.author.organisation}`);
          out(`         ${c.status}; objectives: ${objectives || 'none known yet'}`);
        }
      }
      out('  ([?]: language not declared and not yet detected)');
    },
  },
  {
    title: 'The worker synthesises the round and drafts the background note',
    async run(demo) {
      const coChair = person(demo, CAST.coChair);
      const started = Date.now();
      demo.round = await until(`the note of round ${demo.round.id}`, DRAFT_GRACE_MS, async () => {
        const round = await coChair.api.get<RoundView>(`/api/rounds/${demo.round.id}`);
        return round.status === 'drafted' ? round : undefined;
      });
      out(`  status drafted ${seconds(Date.now() - started)} after the close was seen`);
      const syntheses = await coChair.api.get<SynthesisView[]>(
        `/api/rounds/${demo.round.id}/syntheses`,
      );
      for (const s of syntheses) {
        const themes = s.themes.map((t) => t.label).join('; ') || 'none';
        out(
          wrap(
            `objective ${s.objectiveNumber}: ${s.contributionIds.length} contributions, ` +
              `${s.keyPoints.length} key points; themes: ${themes}`,
            '  ',
            '    ',
          ),
        );
      }
      const notifications = await until('the co-chair to be told', 10_000, async () => {
        const list =
          await coChair.api.get<{ type: string; roundId: string }[]>('/api/me/notifications');
        const ready = list.filter(
          (n) => n.type === 'background_note.ready' && n.roundId === demo.round.id,
        );
        return ready.length > 0 ? ready : undefined;
      });
      out(
        `  ${coChair.displayName} has ${notifications.length} background_note.ready notification`,
      );
      await printQueues(demo, 'once the note is drafted');
    },
  },
  {
    title: 'The co-chair reads the background note (Markdown) and downloads it (.docx)',
    async run(demo) {
      const coChair = person(demo, CAST.coChair);
      const path = `/api/rounds/${demo.round.id}/background-notes/latest`;
      const note = await coChair.api.get<NoteView>(path);
      const paragraphs = note.sections.flatMap((s) => s.paragraphs);
      const cited = new Set(paragraphs.flatMap((p) => p.sourceIds));
      out(
        `  version ${note.version}: ${note.wordCount} words (target ${note.wordTarget}), ` +
          `${note.sections.length} sections, ${paragraphs.length} paragraphs citing ` +
          `${cited.size} contributions, ${paragraphs.flatMap((p) => p.quotes).length} quotations`,
      );
      const markdown = await coChair.api.download(path, 'text/markdown');
      check(markdown.type.startsWith('text/markdown'), `Markdown came as ${markdown.type}`);
      out('  ----- GET ' + path + ' (Accept: text/markdown) -----');
      for (const line of markdown.bytes.toString('utf8').trimEnd().split('\n')) {
        out(line ? wrap(line, '  | ', '  | ') : '  |');
      }
      out('  -----');
      const docx = await coChair.api.download(`${path}.docx`, DOCX);
      check(docx.bytes.subarray(0, 2).toString() === 'PK', 'the .docx is not a zip file');
      const dir = resolve(ROOT, 'out', 'demo');
      mkdirSync(dir, { recursive: true });
      const file = resolve(dir, `background-note-${demo.runId}-v${note.version}.docx`);
      writeFileSync(file, docx.bytes);
      out(
        `  saved the Word version (${docx.bytes.length} bytes) to ${relative(process.cwd(), file)}`,
      );
    },
  },
];

/** What /metrics says of the outbox and the queues: the work waiting, running and done. */
async function printQueues(demo: Demo, when: string): Promise<void> {
  const text = (await demo.api.download('/metrics', 'text/plain')).bytes.toString('utf8');
  const series = (name: string) => [
    ...text.matchAll(new RegExp(`^${name}\\{queue="([a-z-]+)",state="([a-z]+)"\\} (\\d+)$`, 'gm')),
  ];
  const byQueue = new Map<string, Record<string, string>>();
  for (const [, queue, state, value] of series('convene_queue_jobs')) {
    byQueue.set(queue, { ...byQueue.get(queue), [state]: value });
  }
  const backlog = /^convene_outbox_backlog (\S+)$/m.exec(text)?.[1] ?? '?';
  out(`  /metrics ${when}: outbox backlog ${backlog}`);
  for (const [queue, states] of byQueue) {
    const { waiting = '0', active = '0', delayed = '0', completed = '0', failed = '0' } = states;
    out(
      `    ${queue.padEnd(16)} waiting ${waiting}, active ${active}, delayed ${delayed}, ` +
        `completed ${completed}, failed ${failed}`,
    );
  }
}

// --- Main -------------------------------------------------------------------------------------

let children: Child[] = [];
let stopping: Promise<unknown> | undefined;

function stopChildren(): Promise<unknown> {
  stopping ??= Promise.all(
    children.map(async (child) => out(`  ${child.name} stopped: ${await child.stop()}`)),
  );
  return stopping;
}

async function main(): Promise<void> {
  const started = Date.now();
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(2, 14);
  const runId = `${stamp}-${randomBytes(2).toString('hex')}`;
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    QUEUE_PREFIX: 'convene-demo',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'text',
    // Each run registers a dozen new accounts from one address: with the registration limit
    // on, a few demos in the same hour would be refused.
    RATE_LIMIT: 'off',
  };
  out(`Convene demo, run ${runId}`);
  out(`Starting the API (port ${port}) and the worker, QUEUE_PREFIX ${env.QUEUE_PREFIX}`);
  children = [
    new Child('api', ['dist/apps/api/main.js'], env, (line) => out(`    │ api: ${line}`)),
    new Child('worker', ['dist/apps/worker/main.js'], env, (line) => out(`    │ worker: ${line}`)),
  ];
  const crashed = Promise.race(
    children.map(async (child) => {
      throw new DemoError(`the ${child.name} process ended early (${await child.exited})`);
    }),
  );
  crashed.catch(() => undefined);

  let played: Demo | undefined;
  const play = async () => {
    const api = new Api(`http://127.0.0.1:${port}`);
    await until('GET /api/health to answer 200', 30_000, async () => {
      const health = await api.attempt('GET', '/api/health').catch(() => undefined);
      return health?.status === 200 || undefined;
    });
    out(`The API is healthy after ${seconds(Date.now() - started)}`);
    const demo = { api, runId, people: new Map(), contributions: new Map() } as Partial<Demo>;
    for (const [index, step] of STEPS.entries()) {
      out();
      out(`${index + 1}. ${step.title}`);
      await step.run(demo as Demo);
    }
    played = demo as Demo;
  };
  await Promise.race([play(), crashed]);
  out();
  out('Stopping the API and the worker');
  await stopChildren();
  out(`Demo finished in ${seconds(Date.now() - started)}`);
  if (played) {
    const coChair = person(played, CAST.coChair);
    const moderator = person(played, CAST.moderator);
    out();
    out('To see it in a browser, serve the same database and open the URL:');
    out('  npm run start:api');
    out(`  http://127.0.0.1:3000/notes/${played.round.id}`);
    out(`  sign in as the co-chair ${coChair.email} (password ${PASSWORD}),`);
    out(`  or as the moderator ${moderator.email} for the console at /console`);
  }
}

let ending = false;

/** Stops the children and exits; the first reason wins (an interrupt also ends the children). */
async function end(code: number, reason: string, withTails = true): Promise<void> {
  if (ending) return;
  ending = true;
  out();
  out(`DEMO ${code === 1 ? 'FAILED' : 'STOPPED'}: ${reason}`);
  if (withTails) {
    for (const child of children) {
      out(`  last lines of ${child.name}:`);
      out(child.lastLines().replace(/^/gm, '    '));
    }
  }
  await stopChildren();
  process.exit(code);
}

process.once('SIGINT', () => void end(130, 'interrupted (SIGINT)', false));
process.once('SIGTERM', () => void end(143, 'terminated (SIGTERM)', false));

main().then(
  () => process.exit(0),
  (error: Error) => end(1, error instanceof DemoError ? error.message : String(error.stack)),
);
