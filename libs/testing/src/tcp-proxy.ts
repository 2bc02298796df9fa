import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy a fault test controls, put between the app and a backing service (PostgreSQL)
 * so the test can cut the line and restore it without touching the machine's shared server.
 *
 * While cut, the proxy keeps its listener and resets every connection it accepts at once.
 * Closing the listener would be as fast (the kernel refuses a loopback connect at once), but
 * it gives the port back: between cut and restore another suite running in parallel could
 * bind it (every suite asks for port 0), and restore would then fail or, worse, the app
 * would reconnect to a stranger. Accept-and-reset keeps the port, and the client still sees
 * an error within a round trip (a reset while it waits for the server's first answer)
 * instead of waiting for its connect timeout, as it would if the proxy just stopped
 * forwarding. That other fault, a silent line, is stall().
 */
export class TcpProxy {
  private readonly pairs = new Set<Pair>();
  private state: 'open' | 'cut' | 'stalled' = 'open';

  private constructor(
    private readonly server: Server,
    readonly targetHost: string,
    readonly targetPort: number,
  ) {
    server.on('connection', (client) => this.accept(client));
  }

  /** Listens on 127.0.0.1 on a spare port and forwards to the target. */
  static async start(targetHost: string, targetPort: number): Promise<TcpProxy> {
    const server = createServer();
    const proxy = new TcpProxy(server, targetHost, targetPort);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject).listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return proxy;
  }

  /** The port the proxy listens on. */
  get port(): number {
    return (this.server.address() as { port: number }).port;
  }

  get isCut(): boolean {
    return this.state === 'cut';
  }

  /** Open sockets, both sides counted (a forwarded connection is two). */
  get openSockets(): number {
    let open = 0;
    for (const { client, upstream } of this.pairs) {
      if (!client.destroyed) open++;
      if (!upstream.destroyed) open++;
    }
    return open;
  }

  /** The same URL (postgres://…, redis://…) with host and port replaced by the proxy's. */
  via(url: string): string {
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(this.port);
    return proxied.toString();
  }

  /** Resets every open connection on both sides and every new one until restore(). */
  cut(): void {
    this.state = 'cut';
    for (const pair of this.pairs) {
      reset(pair.client);
      reset(pair.upstream);
    }
    this.pairs.clear();
  }

  /**
   * The line goes silent, as when the server freezes or a route drops packets: connections
   * stay open and new ones are accepted, but nothing is forwarded either way until restore().
   * Clients find out only through their own timeouts.
   */
  stall(): void {
    this.state = 'stalled';
    for (const pair of this.pairs) halt(pair);
  }

  /** Forwards again: new connections, and what a stall held (a cut's are gone for good). */
  restore(): void {
    this.state = 'open';
    for (const pair of this.pairs) flow(pair);
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (this.state === 'cut') {
      reset(client);
      return;
    }
    const upstream = connect({ host: this.targetHost, port: this.targetPort });
    // Latency matters more than packet count for a database protocol.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const pair: Pair = { client, upstream, flowing: false };
    this.pairs.add(pair);
    // Whichever side fails or closes first takes the other with it.
    const end = (socket: Socket, other: Socket) => {
      socket.on('error', () => reset(other));
      socket.on('close', () => {
        this.pairs.delete(pair);
        if (!other.destroyed) other.destroy();
      });
    };
    end(client, upstream);
    end(upstream, client);
    // Writes before the upstream connects are buffered by the socket.
    if (this.state === 'open') flow(pair);
    else halt(pair);
  }
}

interface Pair {
  client: Socket;
  upstream: Socket;
  flowing: boolean;
}

function flow(pair: Pair): void {
  if (pair.flowing) return;
  pair.flowing = true;
  pair.client.pipe(pair.upstream);
  pair.upstream.pipe(pair.client);
}

function halt(pair: Pair): void {
  pair.flowing = false;
  pair.client.unpipe(pair.upstream);
  pair.upstream.unpipe(pair.client);
  pair.client.pause();
  pair.upstream.pause();
}

/** Drops a socket with a TCP reset, like a crash or a cut cable, not a polite close. */
function reset(socket: Socket): void {
  if (socket.destroyed) return;
  socket.on('error', () => undefined);
  // A socket still connecting has nothing to reset: it just never gets to talk.
  if (socket.connecting) socket.destroy();
  else socket.resetAndDestroy();
}
