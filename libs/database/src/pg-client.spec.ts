import { createServer, type Server, type Socket } from 'node:net';
import { Client, Pool } from 'pg';
import { TimeoutClosingClient } from './pg-client';

function message(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
}

const READY = message('Z', Buffer.from('I'));
const SYNTAX_ERROR = message('E', Buffer.from('SERROR\0C42601\0Msyntax error\0\0'));

/**
 * A PostgreSQL that lets clients in and then never answers a query: a frozen server or a
 * route that drops packets, as the client sees it. With `refuse`, it answers every query with
 * a syntax error instead, as a healthy server would.
 */
async function silentServer(
  refuse = false,
): Promise<{ server: Server; url: string; closed: () => number }> {
  let closed = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      closed++;
    });
    // The startup message is the only one answered: AuthenticationOk, then ReadyForQuery.
    socket.once('data', () => {
      socket.write(Buffer.concat([message('R', Buffer.alloc(4)), READY]));
      // Simple queries ('Q') only: the Terminate ('X') of end() gets no answer.
      if (refuse) {
        socket.on('data', (chunk) => {
          if (chunk[0] === 0x51) socket.write(Buffer.concat([SYNTAX_ERROR, READY]));
        });
      }
    });
  });
  server.on('close', () => sockets.forEach((s) => s.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, url: `postgres://postgres@127.0.0.1:${port}/silent`, closed: () => closed };
}

async function settle(promise: Promise<unknown>): Promise<{ message?: string; ms: number }> {
  const started = Date.now();
  try {
    await promise;
    return { ms: Date.now() - started };
  } catch (error) {
    return { message: (error as Error).message, ms: Date.now() - started };
  }
}

describe('TimeoutClosingClient', () => {
  let silent: Awaited<ReturnType<typeof silentServer>>;

  beforeEach(async () => {
    silent = await silentServer();
  });

  afterEach(async () => {
    await new Promise((resolve) => {
      silent.server.close(resolve);
      silent.server.emit('close');
    });
  });

  it('shows the problem: a plain pg client stays stuck after its query timed out', async () => {
    const client = new Client({ connectionString: silent.url, query_timeout: 100 });
    await client.connect();
    expect((await settle(client.query('SELECT 1'))).message).toBe('Query read timeout');
    // The next query queues behind the one that timed out and waits the whole timeout again.
    const next = await settle(client.query('SELECT 2'));
    expect(next.message).toBe('Query read timeout');
    expect(next.ms).toBeGreaterThanOrEqual(90);
    await client.end();
  });

  it('closes its connection when a query times out, so the next one fails at once', async () => {
    const client = new TimeoutClosingClient({ connectionString: silent.url, query_timeout: 100 });
    await client.connect();
    const first = await settle(client.query('SELECT 1'));
    expect(first.message).toBe('Query read timeout');
    // What a transaction does next: ROLLBACK. It must not wait out another timeout.
    const rollback = await settle(client.query('ROLLBACK'));
    expect(rollback.message).toMatch(/not queryable|Connection terminated/);
    expect(rollback.ms).toBeLessThan(50);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(silent.closed()).toBe(1);
  });

  it('does the same for callback-style queries', async () => {
    const client = new TimeoutClosingClient({ connectionString: silent.url, query_timeout: 100 });
    await client.connect();
    const message = await new Promise<string | undefined>((resolve) => {
      client.query('SELECT 1', (error) => resolve(error?.message));
    });
    expect(message).toBe('Query read timeout');
    expect((await settle(client.query('SELECT 2'))).ms).toBeLessThan(50);
  });

  it('leaves the pool: the next checkout gets a fresh connection', async () => {
    const pool = new Pool({
      connectionString: silent.url,
      query_timeout: 100,
      max: 1,
      Client: TimeoutClosingClient,
    });
    try {
      expect((await settle(pool.query('SELECT 1'))).message).toBe('Query read timeout');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(pool.totalCount).toBe(0);
      expect(silent.closed()).toBe(1);
    } finally {
      await pool.end();
    }
  });

  it('keeps its connection when the server answers with an error', async () => {
    const answering = await silentServer(true);
    const client = new TimeoutClosingClient({
      connectionString: answering.url,
      query_timeout: 100,
    });
    try {
      await client.connect();
      expect((await settle(client.query('SELEC 1'))).message).toBe('syntax error');
      expect((await settle(client.query('SELEC 2'))).message).toBe('syntax error');
      expect(answering.closed()).toBe(0);
    } finally {
      await client.end();
      await new Promise((resolve) => answering.server.close(resolve));
    }
  });
});
