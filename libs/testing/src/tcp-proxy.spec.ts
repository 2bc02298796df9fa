import { connect, createServer, type Server, type Socket } from 'node:net';
import { TcpProxy } from './tcp-proxy';

function echoServer(): Promise<Server> {
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.pipe(socket);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Connects, sends a line, and resolves with the echo or the error that ended the socket. */
function roundTrip(
  port: number,
  text: string,
): Promise<{ echo?: string; error?: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    const done = (result: { echo?: string; error?: string }) => {
      socket.destroy();
      resolve({ ...result, ms: Date.now() - started });
    };
    socket.on('connect', () => socket.write(text));
    socket.on('data', (chunk) => {
      received += chunk.toString();
      if (received.length >= text.length) done({ echo: received });
    });
    socket.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code }));
    socket.on('close', () => done({ error: 'closed' }));
  });
}

function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('TcpProxy', () => {
  let echo: Server;
  let proxy: TcpProxy;

  beforeEach(async () => {
    echo = await echoServer();
    proxy = await TcpProxy.start('127.0.0.1', (echo.address() as { port: number }).port);
  });

  afterEach(async () => {
    await proxy.close();
    await new Promise((resolve) => echo.close(resolve));
  });

  it('listens on a port of its own and forwards both ways', async () => {
    expect(proxy.port).toBeGreaterThan(0);
    expect(proxy.port).not.toBe((echo.address() as { port: number }).port);
    const big = 'x'.repeat(256 * 1024);
    expect((await roundTrip(proxy.port, 'hello')).echo).toBe('hello');
    expect((await roundTrip(proxy.port, big)).echo).toBe(big);
  });

  it('rewrites a URL to go through it', () => {
    expect(proxy.via('postgres://postgres@127.0.0.1:5432/convene_test_x')).toBe(
      `postgres://postgres@127.0.0.1:${proxy.port}/convene_test_x`,
    );
  });

  it('cut() resets open connections at once and refuses new ones quickly', async () => {
    const open = await openSocket(proxy.port);
    const errored = new Promise<string | undefined>((resolve) => {
      open.on('error', (error: NodeJS.ErrnoException) => resolve(error.code));
      open.on('close', () => resolve('closed'));
    });
    open.write('ping');
    await new Promise((resolve) => open.once('data', resolve));
    expect(proxy.openSockets).toBe(2);

    proxy.cut();
    expect(await errored).toBe('ECONNRESET');
    expect(proxy.openSockets).toBe(0);

    const refused = await roundTrip(proxy.port, 'anyone there?');
    expect(refused.echo).toBeUndefined();
    expect(refused.error).toBe('ECONNRESET');
    expect(refused.ms).toBeLessThan(500);
  });

  it('restore() forwards again on the same port', async () => {
    const port = proxy.port;
    proxy.cut();
    expect(proxy.isCut).toBe(true);
    proxy.restore();
    expect(proxy.port).toBe(port);
    expect((await roundTrip(port, 'back')).echo).toBe('back');
  });

  it('stall() goes silent both ways, and restore() delivers what it held, like a thawed server', async () => {
    const open = await openSocket(proxy.port);
    open.write('before');
    await new Promise((resolve) => open.once('data', resolve));

    proxy.stall();
    let heard = '';
    open.on('data', (chunk) => (heard += chunk.toString()));
    open.write('during');
    // A new connection is accepted (connect succeeds) but nothing comes back.
    const late = roundTrip(proxy.port, 'late');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(heard).toBe('');
    expect(open.destroyed).toBe(false);

    proxy.restore();
    expect((await late).echo).toBe('late');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toBe('during');
    open.destroy();
  });

  it('closes the client side when the target is away', async () => {
    await new Promise((resolve) => echo.close(resolve));
    const result = await roundTrip(proxy.port, 'hello');
    expect(result.echo).toBeUndefined();
    expect(result.ms).toBeLessThan(500);
    echo = await echoServer(); // afterEach closes it
  });
});
