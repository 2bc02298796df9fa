import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { isUtf8 } from 'node:buffer';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import { sendErrorPage } from '../web/web-error.filter';

export const BODY_LIMIT = '1mb';

/**
 * How deep objects and arrays may nest in a body. The deepest the API takes is 4 (a round's
 * question texts); validation walks bodies recursively, so a deeper one must stop here.
 */
export const MAX_BODY_DEPTH = 32;

/**
 * How many items an array in a body may hold. The longest list the API takes is a round's 50
 * questions; validators such as @ArrayUnique cost more than linear time, so a longer list is
 * refused here, in one pass, before any of them runs.
 */
export const MAX_BODY_ARRAY = 100;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What is wrong with a parsed body, if anything; one walk without recursion, so any depth is safe. */
export function bodyFault(value: unknown, maxDepth = MAX_BODY_DEPTH): string | null {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (typeof current === 'string') {
      // PostgreSQL cannot store U+0000 in text; nothing the API takes has a use for it.
      if (current.includes('\u0000')) return 'a text in the body holds the character U+0000';
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth > maxDepth) return `the body nests deeper than ${maxDepth} levels`;
    if (Array.isArray(current) && current.length > MAX_BODY_ARRAY) {
      return `an array in the body holds more than ${MAX_BODY_ARRAY} items`;
    }
    for (const [key, child] of Object.entries(current)) {
      if (key.includes('\u0000')) return 'a key in the body holds the character U+0000';
      // No input has such a field; merged into an object by any later code, they would reach
      // its prototype.
      if (FORBIDDEN_KEYS.has(key)) return `the body holds the key ${key}`;
      pending.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}

/** The API's error shape; the web pages' forms get a page in the reader's language instead. */
function reply(req: Request, res: Response, status: number, message: string) {
  if (!req.path.startsWith('/api/')) return sendErrorPage(req, res, status, message);
  return res.status(status).json({ statusCode: status, message, error: STATUS_CODES[status] });
}

/** JSON is UTF-8 (RFC 8259): bytes that are not stay an error instead of becoming U+FFFD. */
function verifyUtf8(_req: IncomingMessage, _res: unknown, body: Buffer, encoding: string): void {
  if (/^utf-?8$/i.test(encoding) && !isUtf8(body)) {
    throw Object.assign(new Error('the body is not valid UTF-8'), { type: 'entity.not.utf8' });
  }
}

/**
 * JSON bodies up to 1 MB, in UTF-8, at most MAX_BODY_DEPTH deep and free of U+0000; anything
 * else is a 4xx in the API's error shape, not HTML and not a 500 further on.
 */
export function installBodyParser(app: INestApplication): void {
  app.use(express.json({ limit: BODY_LIMIT, strict: true, verify: verifyUtf8 }));
  // The web pages' forms; flat fields only, a bounded number of them, never on the API.
  const forms = express.urlencoded({
    extended: false,
    limit: BODY_LIMIT,
    parameterLimit: 100,
    verify: verifyUtf8,
  });
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith('/api/') ? next() : forms(req, res, next),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const fault = req.body === undefined ? null : bodyFault(req.body);
    return fault ? reply(req, res, 400, fault) : next();
  });
  app.use(
    (
      error: { type?: string; status?: number; message?: string },
      req: Request,
      res: Response,
      next: NextFunction,
    ) => {
      if (!error) return next();
      switch (error.type) {
        case 'entity.too.large':
          return reply(req, res, 413, `the body exceeds ${BODY_LIMIT}`);
        case 'entity.not.utf8':
          return reply(req, res, 400, 'the body is not valid UTF-8');
        case 'charset.unsupported':
        case 'encoding.unsupported':
          return reply(req, res, 415, error.message ?? 'unsupported body encoding');
      }
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
      return reply(
        req,
        res,
        status,
        req.path.startsWith('/api/') ? 'the body is not valid JSON' : 'the form could not be read',
      );
    },
  );
}
