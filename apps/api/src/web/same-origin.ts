import { ForbiddenException } from '@nestjs/common';
import type { Request } from 'express';

export class CrossSiteRequest extends ForbiddenException {}

/**
 * Forms are only taken from this site's own pages: the browser's Origin (or, without it, the
 * Referer) must name the host the request came to. With the SameSite session cookie this
 * stops another site from posting a form in a signed-in user's name.
 */
export function assertSameOrigin(req: Request): void {
  const source = req.headers.origin ?? req.headers.referer;
  const host = req.headers.host;
  let sourceHost: string | undefined;
  try {
    sourceHost = source && source !== 'null' ? new URL(source).host : undefined;
  } catch {
    sourceHost = undefined;
  }
  if (!host || sourceHost !== host) throw new CrossSiteRequest('cross-site form');
}
