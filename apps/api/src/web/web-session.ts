import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticator, RoleDirectory } from '@convene/accounts';
import { AppConfig } from '@convene/config';
import type { Actor } from '@convene/common';
import { isLocale, type Locale } from './i18n';

export const SESSION_COOKIE = 'convene_session';
export const LANGUAGE_COOKIE = 'convene_lang';

/** The cookies of a request, at most the first 20, without a dependency to parse them. */
export function readCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';').slice(0, 20)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}

/**
 * A browser's session: the same access token the API takes, kept in an HttpOnly, SameSite=Lax
 * cookie so that scripts cannot read it and other sites cannot send it with a form. Who it stands
 * for is checked exactly as the API's guard does, roles read from the account.
 */
@Injectable()
export class WebSession {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly directory: RoleDirectory,
    private readonly config: AppConfig,
  ) {}

  async actor(req: Request): Promise<Actor | undefined> {
    const token = readCookies(req.headers.cookie)[SESSION_COOKIE];
    if (!token) return undefined;
    let userId: string;
    try {
      userId = this.authenticator.verify(token);
    } catch {
      return undefined;
    }
    const roles = await this.directory.rolesOf(userId);
    return roles ? { id: userId, roles } : undefined;
  }

  signIn(res: Response, req: Request, token: string): void {
    res.setHeader(
      'Set-Cookie',
      this.cookie(req, SESSION_COOKIE, token, this.config.JWT_TTL_SECONDS),
    );
  }

  signOut(res: Response, req: Request): void {
    res.setHeader('Set-Cookie', this.cookie(req, SESSION_COOKIE, '', 0));
  }

  rememberLocale(res: Response, req: Request, locale: Locale): void {
    if (isLocale(readCookies(req.headers.cookie)[LANGUAGE_COOKIE]) && !req.query.lang) return;
    res.append('Set-Cookie', this.cookie(req, LANGUAGE_COOKIE, locale, 365 * 24 * 3600, false));
  }

  private cookie(req: Request, name: string, value: string, maxAge: number, httpOnly = true) {
    const parts = [
      `${name}=${encodeURIComponent(value)}`,
      'Path=/',
      `Max-Age=${maxAge}`,
      'SameSite=Lax',
    ];
    if (httpOnly) parts.push('HttpOnly');
    if (req.secure) parts.push('Secure');
    return parts.join('; ');
  }
}
