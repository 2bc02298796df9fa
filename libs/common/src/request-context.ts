import { AsyncLocalStorage } from 'node:async_hooks';

/** Who asked for the work under way: the id of the HTTP request it started from. */
export interface RequestContext {
  requestId: string;
}

/** What a client may send as X-Request-Id; anything else is replaced by an id of our own. */
export const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * The request id follows the work it started: through the HTTP request's handlers, into the
 * outbox rows it writes, the jobs the relay makes of them, and the logs of each.
 */
export const requestContext = {
  run<T>(context: RequestContext | undefined, work: () => T): T {
    return context ? storage.run(context, work) : work();
  },
  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },
};
