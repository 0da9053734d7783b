import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '../access/principal';

/** What the rest of the request needs to know about it: correlation id, client IP, who is calling. */
export interface RequestContext {
  requestId: string;
  ip: string;
  userAgent?: string;
  principal?: Principal;
  startedAt: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
};
