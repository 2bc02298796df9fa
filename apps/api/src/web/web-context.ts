import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { chooseLocale } from './i18n';
import type { PageContext } from './views/layout.view';
import { LANGUAGE_COOKIE, readCookies, WebSession } from './web-session';

export type WebRequest = Request & { page?: PageContext };

/** Builds each page's context once per request: language, signed-in actor, path. */
@Injectable()
export class PageContexts {
  constructor(private readonly session: WebSession) {}

  async of(req: WebRequest, res: Response): Promise<PageContext> {
    if (req.page) return req.page;
    const locale = chooseLocale(
      req.query.lang,
      readCookies(req.headers.cookie)[LANGUAGE_COOKIE],
      req.headers['accept-language'],
    );
    this.session.rememberLocale(res, req, locale);
    req.page = { locale, actor: await this.session.actor(req), path: req.originalUrl };
    return req.page;
  }
}

/**
 * A page's request and response. Handlers take them with @Req() and @Res(): the page writes
 * its own answer (HTML, a redirect, a stream), so Nest must not send the return value too.
 */
export interface HttpPair {
  req: WebRequest;
  res: Response;
}
