import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { REQUEST_ID, requestContext } from '@convene/common';

/** Takes the client's X-Request-Id when it is a plain id, else makes one; answers with it. */
export function requestId(req: Request, res: Response, next: NextFunction): void {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  requestContext.run({ requestId: id }, next);
}
