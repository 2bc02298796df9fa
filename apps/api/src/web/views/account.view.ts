import { STAKEHOLDER_TYPES } from '@convene/common';
import { html, type SafeHtml } from '../html';
import { stakeholderKey } from '../i18n';
import { formErrors, layout, t, type PageContext } from './layout.view';

export function homePage(ctx: PageContext): SafeHtml {
  return layout(
    ctx,
    t(ctx, 'home.title'),
    html`<h1>${t(ctx, 'home.title')}</h1>
      <p>${t(ctx, 'home.intro')}</p>
      <p>${t(ctx, 'home.signInToRead')}</p>
      <p>
        <a class="button" href="/sign-in">${t(ctx, 'nav.signIn')}</a>
        <a class="button" href="/register">${t(ctx, 'nav.register')}</a>
      </p>`,
  );
}

export function signInPage(
  ctx: PageContext,
  form: { email?: string; next?: string; errors?: string[] } = {},
): SafeHtml {
  return layout(
    ctx,
    t(ctx, 'auth.signInTitle'),
    html`<h1>${t(ctx, 'auth.signInTitle')}</h1>
      ${formErrors(form.errors)}
      <form method="post" action="/sign-in">
        <input type="hidden" name="next" value="${form.next ?? ''}" />
        <label for="email">${t(ctx, 'auth.email')}</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          maxlength="254"
          value="${form.email ?? ''}"
        />
        <label for="password">${t(ctx, 'auth.password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          maxlength="200"
        />
        <button type="submit">${t(ctx, 'auth.signInSubmit')}</button>
      </form>
      <p>${t(ctx, 'auth.noAccount')} <a href="/register">${t(ctx, 'nav.register')}</a></p>`,
  );
}

export interface RegisterForm {
  email?: string;
  displayName?: string;
  organisation?: string;
  stakeholderType?: string;
  errors?: string[];
}

export function registerPage(ctx: PageContext, form: RegisterForm = {}): SafeHtml {
  return layout(
    ctx,
    t(ctx, 'auth.registerTitle'),
    html`<h1>${t(ctx, 'auth.registerTitle')}</h1>
      ${formErrors(form.errors)}
      <form method="post" action="/register">
        <label for="displayName">${t(ctx, 'auth.displayName')}</label>
        <input
          id="displayName"
          name="displayName"
          type="text"
          autocomplete="name"
          required
          maxlength="200"
          value="${form.displayName ?? ''}"
        />
        <label for="organisation">${t(ctx, 'auth.organisation')}</label>
        <input
          id="organisation"
          name="organisation"
          type="text"
          autocomplete="organization"
          maxlength="200"
          value="${form.organisation ?? ''}"
        />
        <label for="stakeholderType">${t(ctx, 'auth.stakeholderType')}</label>
        <select id="stakeholderType" name="stakeholderType" required>
          ${STAKEHOLDER_TYPES.map(
            (type) =>
              html`<option value="${type}" ${form.stakeholderType === type && html`selected`}>
                ${t(ctx, stakeholderKey(type))}
              </option>`,
          )}
        </select>
        <label for="email">${t(ctx, 'auth.email')}</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="email"
          required
          maxlength="254"
          value="${form.email ?? ''}"
        />
        <label for="password">${t(ctx, 'auth.password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          required
          minlength="12"
          maxlength="200"
          aria-describedby="password-hint"
        />
        <p class="hint" id="password-hint">${t(ctx, 'auth.passwordHint')}</p>
        <button type="submit">${t(ctx, 'auth.registerSubmit')}</button>
      </form>
      <p>${t(ctx, 'auth.haveAccount')} <a href="/sign-in">${t(ctx, 'nav.signIn')}</a></p>`,
  );
}
