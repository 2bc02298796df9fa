import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { Actor } from '@convene/common';
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

  /**
   * The context of a page only a signed-in reader gets (the error filter sends others to sign
   * in); what it shows is theirs, so no cache keeps it.
   */
  async signedIn(req: WebRequest, res: Response): Promise<{ ctx: PageContext; actor: Actor }> {
    const ctx = await this.of(req, res);
    if (!ctx.actor) throw new UnauthorizedException('sign in first');
    res.setHeader('Cache-Control', 'no-store');
    return { ctx, actor: ctx.actor };
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
