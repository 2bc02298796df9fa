import { ForbiddenException, Logger } from '@nestjs/common';
import type { NextFunction, RequestHandler, Response } from 'express';
import { hasRole } from '@convene/common';
import { errorName, toHttpError } from '../http/error.filter';
import { assertSameOrigin, CrossSiteRequest } from '../web/same-origin';
import type { PageContexts, WebRequest } from '../web/web-context';
import { sendErrorPage } from '../web/web-error.filter';

const READS = new Set(['GET', 'HEAD']);

/**
 * Lets through to the queue dashboard only an admin signed in on the web pages, and a change
 * (retry, clean, pause...) only from this site, as the pages' forms. Mounted before the body
 * parser, so a refused request costs a cookie, a token check and a role lookup, and never
 * reaches bull-board or the queues.
 */
export function queueDashboardGate(pages: PageContexts): RequestHandler {
  const logger = new Logger('QueueDashboard');
  return (req: WebRequest, res: Response, next: NextFunction) => {
    admit(pages, req, res).then(
      () => next(),
      (error: unknown) => refuse(req, res, error, logger),
    );
  };
}

async function admit(pages: PageContexts, req: WebRequest, res: Response): Promise<void> {
  if (!READS.has(req.method)) assertSameOrigin(req);
  const { actor } = await pages.signedIn(req, res);
  if (!hasRole(actor, 'admin')) throw new ForbiddenException('the queue dashboard is for admins');
}

/**
 * bull-board's own JSON API (under api/) gets the API's error shape; its page gets what the
 * web pages get: a signed-out reader is sent to sign in and back, others an error page.
 */
function refuse(req: WebRequest, res: Response, error: unknown, logger: Logger): void {
  const { status, message } = toHttpError(error);
  if (status >= 500 && status !== 503) logger.error(error);
  const api = req.path.startsWith('/api/');
  if (status === 401 && !api && READS.has(req.method)) {
    res.redirect(303, `/sign-in?next=${encodeURIComponent(req.originalUrl)}`);
    return;
  }
  if (api) {
    res.status(status).json({ statusCode: status, message, error: errorName(status) });
    return;
  }
  const detail = Array.isArray(message) ? message.join('; ') : message;
  sendErrorPage(req, res, status, detail, error instanceof CrossSiteRequest);
}
