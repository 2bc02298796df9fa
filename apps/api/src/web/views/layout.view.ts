import type { Actor } from '@convene/common';
import { hasRole } from '@convene/common';
import { html, type SafeHtml } from '../html';
import { LOCALES, translate, type Locale, type MessageKey } from '../i18n';
import { STYLES } from './styles';

/** What every page knows about the request it answers. */
export interface PageContext {
  locale: Locale;
  actor?: Actor;
  /** The path and query of this page, to come back to after a language switch or sign-in. */
  path: string;
  /** A message to show once, already in the reader's language. */
  notice?: string;
}

export const t = (ctx: PageContext, key: MessageKey, vars?: Record<string, string | number>) =>
  translate(ctx.locale, key, vars);

/** Each language named in itself, so a reader finds theirs whatever the page's language. */
const ENDONYMS: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' };

/** What was wrong with a form, announced to screen readers; nothing when all was well. */
export function formErrors(errors: readonly string[] = [], lead?: string): SafeHtml | false {
  return (
    errors.length > 0 &&
    html`<div class="error" role="alert">
      ${lead && html`<p>${lead}</p>`}
      <ul>
        ${errors.map((e) => html`<li>${e}</li>`)}
      </ul>
    </div>`
  );
}

/** This page in another language: the same path with `lang` set. */
function withLanguage(path: string, locale: Locale): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', locale);
  return `${url.pathname}${url.search}`;
}

function languageSwitch(ctx: PageContext): SafeHtml {
  return html`<nav class="languages" aria-label="${t(ctx, 'nav.language')}">
    <ul>
      ${LOCALES.map(
        (l) =>
          html`<li>
            <a
              href="${withLanguage(ctx.path, l)}"
              lang="${l}"
              hreflang="${l}"
              ${l === ctx.locale && html`aria-current="true"`}
              >${ENDONYMS[l]}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

function navigation(ctx: PageContext): SafeHtml {
  const link = (href: string, key: MessageKey) =>
    html`<li>
      <a href="${href}" ${ctx.path.split('?')[0] === href && html`aria-current="page"`}
        >${t(ctx, key)}</a
      >
    </li>`;
  if (!ctx.actor) {
    return html`<ul>
      ${link('/sign-in', 'nav.signIn')} ${link('/register', 'nav.register')}
    </ul>`;
  }
  return html`<ul>
    ${link('/consultations', 'nav.rounds')}
    ${hasRole(ctx.actor, 'stakeholder') && link('/my/contributions', 'nav.mine')}
    ${hasRole(ctx.actor, 'moderator') && link('/console', 'console.nav')}
    ${link('/my/notifications', 'nav.notifications')}
    <li>
      <form method="post" action="/sign-out">
        <button type="submit" class="link">${t(ctx, 'nav.signOut')}</button>
      </form>
    </li>
  </ul>`;
}

/** A whole page: landmarks, a skip link, the language switch on every page. */
export function layout(ctx: PageContext, title: string, main: SafeHtml): SafeHtml {
  return html`<!doctype html>
    <html lang="${ctx.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · ${t(ctx, 'site.name')}</title>
        <style>
          ${STYLES}
        </style>
        <script src="/assets/convene.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">${t(ctx, 'nav.skip')}</a>
        <header>
          <div class="bar">
            <a class="brand" href="/">${t(ctx, 'site.name')}</a>
            <nav aria-label="${t(ctx, 'nav.main')}">${navigation(ctx)}</nav>
            ${languageSwitch(ctx)}
          </div>
        </header>
        <main id="main" tabindex="-1">
          ${ctx.notice && html`<p class="notice" role="status">${ctx.notice}</p>`} ${main}
        </main>
        <footer><p>${t(ctx, 'site.tagline')}</p></footer>
      </body>
    </html>`;
}
