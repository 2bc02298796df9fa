/**
 * The baseline of the ingestion benchmark: a bare node:http + pg server doing the same durable
 * work as POST /api/rounds/:id/contributions of the API, and nothing else:
 *
 *   read and parse the JSON body (1 MB limit, 413 beyond) → verify the HS256 bearer token with
 *   node:crypto (signature, algorithm, expiry, stakeholder role) → validate the fields by hand
 *   with the rules of SubmitContributionDto (unknown fields refused) → run the same single SQL
 *   statement as SubmitContributionHandler on a pg Pool of the same size (20) → 202
 *   { id, status: 'received' }, or the API's error shape.
 *
 * Run as a child process by ingest.ts: `node --import tsx scripts/bench/baseline-server.ts`
 * with DATABASE_URL, PORT and JWT_SECRET in the environment. It prints one line
 * `listening <port>` on stdout when ready and closes cleanly on SIGTERM.
 */
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
// The contract's limits and the statement, from the files that hold them (plain TypeScript).
import { LANGUAGES as LANGUAGE_LIST } from '../../libs/common/src/languages';
import { TEXT_LIMITS } from '../../libs/common/src/text-limits';
import { SUBMIT_SQL } from '../../libs/contributions/src/submit-contribution.sql';

/** Same size as the API's pool (libs/database/src/data-source-options.ts). */
export const POOL_SIZE = 20;

const LANGUAGES = new Set<string>(LANGUAGE_LIST);
const BODY_MAX_CHARS = TEXT_LIMITS.contributionBody;
const REQUEST_MAX_BYTES = 1024 * 1024;
const FIELDS = new Set(['questionNumber', 'body', 'language', 'objectiveNumbers']);
const ROUTE =
  /^\/api\/rounds\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/contributions$/i;

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly messages: string | string[],
    readonly error: string,
  ) {
    super(Array.isArray(messages) ? messages.join('; ') : messages);
  }
}

interface Claims {
  sub: string;
  roles: string[];
}

const HS256_HEADER_ALG = 'HS256';

/** Verifies an HS256 JWT the way jsonwebtoken does for this API: signature, alg, exp, nbf. */
export function verifyJwt(token: string, key: KeyObject): Claims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error('malformed token');
  const [head, payload, signature] = parts;
  const expected = createHmac('sha256', key).update(`${head}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new Error('bad signature');
  }
  const header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: string };
  if (header.alg !== HS256_HEADER_ALG) throw new Error('unexpected algorithm');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    sub?: unknown;
    roles?: unknown;
    exp?: unknown;
    nbf?: unknown;
  };
  const now = Math.floor(Date.now() / 1000);
  if (claims.exp !== undefined && (typeof claims.exp !== 'number' || claims.exp <= now)) {
    throw new Error('expired');
  }
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf > now)) {
    throw new Error('not yet valid');
  }
  if (typeof claims.sub !== 'string' || !Array.isArray(claims.roles)) {
    throw new Error('missing claims');
  }
  return { sub: claims.sub, roles: claims.roles as string[] };
}

interface Submission {
  questionNumber: number;
  body: string;
  language: string | null;
  objectiveNumbers: number[];
}

const isInt = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** SubmitContributionDto's rules, by hand; every problem reported, as class-validator does. */
export function validateSubmission(input: unknown): Submission {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new HttpError(400, 'the body must be a JSON object', 'Bad Request');
  }
  const dto = input as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(dto)) {
    if (!FIELDS.has(key)) problems.push(`property ${key} should not exist`);
  }
  if (!isInt(dto.questionNumber, 1, 99)) {
    problems.push('questionNumber must be an integer from 1 to 99');
  }
  // class-validator's Length counts code points, not UTF-16 units.
  if (
    typeof dto.body !== 'string' ||
    dto.body.length === 0 ||
    (dto.body.length > BODY_MAX_CHARS && [...dto.body].length > BODY_MAX_CHARS)
  ) {
    problems.push(`body must be a string of 1 to ${BODY_MAX_CHARS} characters`);
  }
  if (
    dto.language !== undefined &&
    !(typeof dto.language === 'string' && LANGUAGES.has(dto.language))
  ) {
    problems.push('language must be one of en, fr, es');
  }
  let objectives: number[] = [];
  if (dto.objectiveNumbers !== undefined) {
    const list = dto.objectiveNumbers;
    if (
      !Array.isArray(list) ||
      list.length > 23 ||
      new Set(list).size !== list.length ||
      !list.every((n) => isInt(n, 1, 23))
    ) {
      problems.push('objectiveNumbers must hold at most 23 distinct integers from 1 to 23');
    } else {
      objectives = list.slice().sort((a, b) => a - b);
    }
  }
  if (problems.length > 0) throw new HttpError(400, problems, 'Bad Request');
  return {
    questionNumber: dto.questionNumber as number,
    body: dto.body as string,
    language: (dto.language as string | undefined) ?? null,
    objectiveNumbers: objectives,
  };
}

interface Outcome {
  status: string | null;
  accepting: boolean | null;
  has_question: boolean | null;
  language_ok: boolean | null;
  id: string | null;
}

/** interpretSubmission of libs/contributions/src/submission-rules.ts, same answers. */
function interpret(outcome: Outcome | undefined, input: Submission): string {
  if (!outcome || outcome.status === null)
    throw new HttpError(404, 'no round with this id', 'Not Found');
  if (outcome.id) return outcome.id;
  if (outcome.status !== 'open' || !outcome.accepting) {
    throw new HttpError(
      409,
      outcome.status === 'open'
        ? 'the round has reached its closing time and takes no more contributions'
        : `the round is ${outcome.status} and takes no contributions`,
      'Conflict',
    );
  }
  if (!outcome.has_question) {
    throw new HttpError(400, `the round has no question ${input.questionNumber}`, 'Bad Request');
  }
  if (!outcome.language_ok) {
    throw new HttpError(
      400,
      `${input.language} is not one of the round's languages`,
      'Bad Request',
    );
  }
  throw new Error('contribution was not stored for an unknown reason');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > REQUEST_MAX_BYTES) {
      reject(new HttpError(413, 'the body exceeds 1mb', 'Payload Too Large'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > REQUEST_MAX_BYTES) {
        reject(new HttpError(413, 'the body exceeds 1mb', 'Payload Too Large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, statusCode: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(statusCode, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export interface BaselineOptions {
  databaseUrl: string;
  port: number;
  jwtSecret: string;
}

/** Starts the baseline server; resolves with a function that closes it and its pool. */
export async function startBaselineServer(
  options: BaselineOptions,
): Promise<{ port: number; close: () => Promise<void> }> {
  const key = createSecretKey(Buffer.from(options.jwtSecret));
  const pool = new Pool({
    connectionString: options.databaseUrl,
    max: POOL_SIZE,
    application_name: 'convene-bench-baseline',
    connectionTimeoutMillis: 3000,
    query_timeout: 15000,
    idleTimeoutMillis: 30000,
  });

  async function submit(req: IncomingMessage, roundId: string): Promise<unknown> {
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new HttpError(401, 'a bearer token is required', 'Unauthorized');
    }
    let claims: Claims;
    try {
      claims = verifyJwt(token, key);
    } catch {
      throw new HttpError(401, 'the access token is invalid or has expired', 'Unauthorized');
    }
    if (!claims.roles.includes('stakeholder')) {
      throw new HttpError(403, 'this needs the role stakeholder', 'Forbidden');
    }
    const contentType = req.headers['content-type'] ?? '';
    if (!contentType.startsWith('application/json')) {
      throw new HttpError(400, 'the body must be JSON', 'Bad Request');
    }
    const text = await readBody(req);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'the body is not valid JSON', 'Bad Request');
    }
    const input = validateSubmission(parsed);
    const { rows } = await pool.query<Outcome>(SUBMIT_SQL, [
      roundId,
      input.questionNumber,
      claims.sub,
      input.body,
      input.language,
      input.objectiveNumbers,
      null,
    ]);
    return { id: interpret(rows[0], input), status: 'received' };
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/health') {
      send(res, 200, { status: 'ok' });
      return;
    }
    const match = req.method === 'POST' ? ROUTE.exec(path) : null;
    if (!match) {
      send(res, 404, {
        statusCode: 404,
        message: `Cannot ${req.method} ${path}`,
        error: 'Not Found',
      });
      return;
    }
    submit(req, match[1].toLowerCase()).then(
      (answer) => send(res, 202, answer),
      (error: Error) => {
        if (error instanceof HttpError) {
          send(res, error.statusCode, {
            statusCode: error.statusCode,
            message: error.messages,
            error: error.error,
          });
        } else {
          process.stderr.write(`baseline: ${error.message}\n`);
          send(res, 500, {
            statusCode: 500,
            message: 'Internal server error',
            error: 'Internal Server Error',
          });
        }
      },
    );
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await pool.end();
    },
  };
}

async function main(): Promise<void> {
  const { DATABASE_URL, PORT, JWT_SECRET } = process.env;
  if (!DATABASE_URL || !JWT_SECRET) throw new Error('DATABASE_URL and JWT_SECRET are required');
  const server = await startBaselineServer({
    databaseUrl: DATABASE_URL,
    port: Number(PORT ?? 0),
    jwtSecret: JWT_SECRET,
  });
  process.stdout.write(`listening ${server.port}\n`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`baseline: ${error.message}\n`);
    process.exit(1);
  });
}
