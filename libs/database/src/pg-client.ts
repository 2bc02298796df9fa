import { Client } from 'pg';

type Callback = (error: Error | null, result?: unknown) => void;

export function isQueryTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === 'Query read timeout';
}

/**
 * The pool's client: it closes its connection when one of its queries times out.
 *
 * pg's query_timeout rejects the query but leaves it active on the connection, waiting for an
 * answer that, on a silent line (a frozen server, a dropped route), never comes
 * (brianc/node-postgres#3399). Back in the pool, that client would make every later query on
 * it wait out the timeout again, and a transaction twice: its statement, then its ROLLBACK.
 * Ending it instead lets the ROLLBACK fail at once and makes the pool drop it (pg's end()
 * destroys the socket when a query hangs on it), so the next request opens a fresh connection,
 * which fails fast (connectionTimeoutMillis) while the database is away and works when it is back.
 */
export class TimeoutClosingClient extends Client {
  constructor(...args: ConstructorParameters<typeof Client>) {
    super(...args);
    const query = this.query.bind(this) as (...queryArgs: unknown[]) => unknown;
    const closeOnTimeout = (error: unknown) => {
      if (isQueryTimeout(error)) this.end().catch(() => undefined);
    };
    this.query = ((...queryArgs: unknown[]) => {
      const last = queryArgs.length - 1;
      if (typeof queryArgs[last] === 'function') {
        const callback = queryArgs[last] as Callback;
        queryArgs[last] = (error: Error | null, result?: unknown) => {
          closeOnTimeout(error);
          callback(error, result);
        };
      }
      const result = query(...queryArgs);
      if (result instanceof Promise) void result.catch(closeOnTimeout);
      return result;
    }) as Client['query'];
  }
}
