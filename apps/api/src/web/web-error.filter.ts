import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { retryAfterOf, toHttpError } from '../http/error.filter';
import { html } from './html';
import { chooseLocale, type MessageKey } from './i18n';
import { CrossSiteRequest } from './same-origin';
import { layout, t, type PageContext } from './views/layout.view';
import type { WebRequest } from './web-context';
import { LANGUAGE_COOKIE, readCookies } from './web-session';

const EXPLAINED = new Set([400, 401, 403, 404, 409, 413, 415, 422, 429, 503]);

/**
 * Errors on the web pages become a page that says, in the reader's language, what went wrong
 * and what to do; the status code stays the API's. A page that needs a session sends the
 * reader to sign in and back.
 */
@Catch()
export class WebErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(WebErrorFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<WebRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    const { status, message } = toHttpError(error);
    if (status >= 500 && status !== 503) this.logger.error(error);
    if (status === 401 && req.method === 'GET') {
      res.redirect(303, `/sign-in?next=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    const retryAfter = retryAfterOf(error);
    if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
    const detail = Array.isArray(message) ? message.join('; ') : message;
    sendErrorPage(req, res, status, detail, error instanceof CrossSiteRequest);
  }
}

/**
 * An error as a page in the reader's language, the status code kept: for the pages' own
 * errors and for a form the body parser refused before any page saw it (too large, not UTF-8).
 */
export function sendErrorPage(
  req: WebRequest,
  res: Response,
  status: number,
  detail: string,
  crossSite = false,
): void {
  const ctx: PageContext = req.page ?? {
    locale: chooseLocale(
      req.query?.lang,
      readCookies(req.headers.cookie)[LANGUAGE_COOKIE],
      req.headers['accept-language'],
    ),
    path: req.originalUrl,
  };
  const key = (EXPLAINED.has(status) ? `error.${status}` : 'error.500') as MessageKey;
  const text = crossSite ? t(ctx, 'error.crossSite') : t(ctx, key, { detail });
  res
    .status(status)
    .type('html')
    .send(
      layout(
        ctx,
        t(ctx, 'error.title'),
        html`<h1>${t(ctx, 'error.title')}</h1>
          <p class="error" role="alert">${text}</p>
          <p><a href="/consultations">${t(ctx, 'error.home')}</a></p>`,
      ).value,
    );
}
