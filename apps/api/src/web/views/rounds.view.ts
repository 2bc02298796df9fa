import type { Language } from '@convene/common';
import { LANGUAGES, TEXT_LIMITS } from '@convene/common';
import type { ContributionView, ReplyView } from '@convene/contributions';
import { GCM_OBJECTIVES } from '@convene/objectives';
import type { RoundView } from '@convene/rounds';
import { html, paragraphs, type SafeHtml } from '../html';
import { formatDate, stakeholderKey, type Locale, type MessageKey } from '../i18n';
import { formErrors, layout, t, type PageContext } from './layout.view';

/** A text in the reader's language when the round has it, else in English. */
export function inLocale(text: Partial<Record<Language, string>>, locale: Locale): string {
  return text[locale] ?? text.en ?? Object.values(text)[0] ?? '';
}

export function objectiveTitle(number: number, locale: Locale): string {
  const objective = GCM_OBJECTIVES.find((o) => o.number === number);
  return objective ? objective.title[locale] : `#${number}`;
}

const statusKey = (round: RoundView) => `round.status.${round.status}` as MessageKey;

function roundCard(ctx: PageContext, round: RoundView): SafeHtml {
  const date =
    round.status === 'open' || round.status === 'draft'
      ? t(ctx, 'rounds.closes', { date: formatDate(ctx.locale, round.closesAt) })
      : t(ctx, 'rounds.closed', { date: formatDate(ctx.locale, round.closedAt ?? round.closesAt) });
  return html`<article class="card">
    <h3><a href="/consultations/${round.id}">${round.title}</a></h3>
    <p class="meta">
      ${t(ctx, statusKey(round))} · ${date} · ${t(ctx, 'rounds.counts', round.counts)}
    </p>
    <p class="meta">${t(ctx, 'round.objectives')}: ${round.objectiveNumbers.join(', ')}</p>
  </article>`;
}

export function roundsPage(ctx: PageContext, rounds: readonly RoundView[]): SafeHtml {
  const group = (key: MessageKey, list: RoundView[]) =>
    list.length > 0 &&
    html`<section aria-labelledby="${key}">
      <h2 id="${key}">${t(ctx, key)}</h2>
      ${list.map((r) => roundCard(ctx, r))}
    </section>`;
  return layout(
    ctx,
    t(ctx, 'rounds.title'),
    html`<h1>${t(ctx, 'rounds.title')}</h1>
      ${rounds.length === 0 && html`<p>${t(ctx, 'rounds.none')}</p>`}
      ${group(
        'rounds.open',
        rounds.filter((r) => r.status === 'open'),
      )}
      ${group(
        'rounds.upcoming',
        rounds.filter((r) => r.status === 'draft'),
      )}
      ${group(
        'rounds.past',
        rounds.filter((r) => r.status !== 'open' && r.status !== 'draft'),
      )}`,
  );
}

export function author(ctx: PageContext, a: ContributionView['author']): SafeHtml {
  return html`<strong>${a.displayName}</strong>${a.organisation && html`, ${a.organisation}`}
    <span class="muted">(${t(ctx, stakeholderKey(a.stakeholderType))})</span>`;
}

export function reply(ctx: PageContext, r: ReplyView): SafeHtml {
  return html`<article class="reply${r.isModeratorReply ? ' moderator' : ''}" id="r-${r.id}">
    <p class="meta">
      ${r.isModeratorReply && html`<span class="badge">${t(ctx, 'thread.moderator')}</span>`}
      ${author(ctx, r.author)} ·
      <time datetime="${r.createdAt}">${formatDate(ctx.locale, r.createdAt)}</time>
    </p>
    ${paragraphs(r.body)}
  </article>`;
}

/** The GCM objectives as checkboxes named objectiveNumbers, titles in the reader's language. */
export function objectiveCheckboxes(
  ctx: PageContext,
  numbers: readonly number[],
  chosen: ReadonlySet<number>,
  idPrefix: string,
): SafeHtml {
  return html`<div class="objectives">
    ${numbers.map(
      (n) =>
        html`<div>
          <input
            type="checkbox"
            id="${idPrefix}-${n}"
            name="objectiveNumbers"
            value="${n}"
            ${chosen.has(n) && html`checked`}
          />
          <label for="${idPrefix}-${n}">${n}. ${objectiveTitle(n, ctx.locale)}</label>
        </div>`,
    )}
  </div>`;
}

/** A round's objectives and questions, in the reader's language where the round has it. */
export function roundBrief(ctx: PageContext, round: RoundView): SafeHtml {
  return html`<section aria-labelledby="objectives">
      <h2 id="objectives">${t(ctx, 'round.objectives')}</h2>
      <ol class="objectives-list">
        ${round.objectiveNumbers.map(
          (n) => html`<li value="${n}">${objectiveTitle(n, ctx.locale)}</li>`,
        )}
      </ol>
    </section>
    <section aria-labelledby="questions">
      <h2 id="questions">${t(ctx, 'round.questions')}</h2>
      ${round.questions.map(
        (q) =>
          html`<p>
            <strong>${t(ctx, 'round.question', { number: q.number })}.</strong>
            ${inLocale(q.text, ctx.locale)}
          </p>`,
      )}
    </section>`;
}

export type Thread = ContributionView & { replies: ReplyView[] };

export function thread(ctx: PageContext, c: Thread): SafeHtml {
  const language = c.language && (LANGUAGES as readonly string[]).includes(c.language);
  return html`<article class="card" id="c-${c.id}">
    <p class="meta">
      ${author(ctx, c.author)} ·
      <time datetime="${c.createdAt}">${formatDate(ctx.locale, c.createdAt)}</time> ·
      ${t(ctx, 'round.question', { number: c.questionNumber })}
      ${
        language &&
        html` ·
        ${t(ctx, 'thread.inLanguage', {
          language: t(ctx, `language.${c.language}` as MessageKey),
        })}`
      }
    </p>
    <div lang="${language ? c.language : ''}">${paragraphs(c.body)}</div>
    ${
      c.replies.length > 0 &&
      html`<section aria-label="${t(ctx, 'thread.replies')}">
        ${c.replies.map((r) => reply(ctx, r))}
      </section>`
    }
  </article>`;
}

export function roundPage(
  ctx: PageContext,
  round: RoundView,
  threads: readonly Thread[],
  options: {
    question?: number;
    nextCursor: string | null;
    canContribute: boolean;
    canReadNotes: boolean;
  },
): SafeHtml {
  const question = options.question;
  const more =
    options.nextCursor &&
    `/consultations/${round.id}?${new URLSearchParams({
      ...(question ? { question: String(question) } : {}),
      after: options.nextCursor,
    }).toString()}`;
  return layout(
    ctx,
    round.title,
    html`<h1>${round.title}</h1>
      <p class="meta">
        ${t(ctx, statusKey(round))} ·
        ${t(ctx, 'rounds.closes', { date: formatDate(ctx.locale, round.closesAt) })}
      </p>
      ${paragraphs(round.description)}
      ${
        options.canContribute &&
        html`<p>
          <a class="button" href="/consultations/${round.id}/contribute"
            >${t(ctx, 'round.contribute')}</a
          >
        </p>`
      }
      ${
        options.canReadNotes &&
        html`<p><a href="/notes/${round.id}">${t(ctx, 'notes.open')}</a></p>`
      }
      ${roundBrief(ctx, round)}
      <section aria-labelledby="contributions">
        <h2 id="contributions">${t(ctx, 'round.contributions')}</h2>
        <form method="get" action="/consultations/${round.id}">
          <label for="question-filter">${t(ctx, 'round.filterQuestion')}</label>
          <select id="question-filter" name="question">
            <option value="">${t(ctx, 'round.allQuestions')}</option>
            ${round.questions.map(
              (q) =>
                html`<option value="${q.number}" ${question === q.number && html`selected`}>
                  ${t(ctx, 'round.question', { number: q.number })}
                </option>`,
            )}
          </select>
          <button type="submit">${t(ctx, 'round.filter')}</button>
        </form>
        ${threads.length === 0 && html`<p>${t(ctx, 'round.noContributions')}</p>`}
        ${threads.map((c) => thread(ctx, c))}
        ${more && html`<p><a href="${more}">${t(ctx, 'round.more')}</a></p>`}
      </section>`,
  );
}

export interface ContributeForm {
  questionNumber?: number;
  language?: string;
  objectiveNumbers?: number[];
  body?: string;
  idempotencyKey: string;
  errors?: string[];
}

export function contributePage(ctx: PageContext, round: RoundView, form: ContributeForm): SafeHtml {
  const max = TEXT_LIMITS.contributionBody;
  const chosen = new Set(form.objectiveNumbers ?? []);
  const ordered = [
    ...round.objectiveNumbers,
    ...GCM_OBJECTIVES.map((o) => o.number).filter((n) => !round.objectiveNumbers.includes(n)),
  ];
  const title = t(ctx, 'contribute.title', { title: round.title });
  return layout(
    ctx,
    title,
    html`<h1>${title}</h1>
      ${formErrors(form.errors)}
      <form method="post" action="/consultations/${round.id}/contribute" data-once>
        <input type="hidden" name="idempotencyKey" value="${form.idempotencyKey}" />
        <label for="questionNumber">${t(ctx, 'contribute.question')}</label>
        <select id="questionNumber" name="questionNumber" required>
          ${round.questions.map(
            (q) =>
              html`<option
                value="${q.number}"
                ${form.questionNumber === q.number && html`selected`}
              >
                ${q.number}. ${inLocale(q.text, ctx.locale)}
              </option>`,
          )}
        </select>
        <label for="language">${t(ctx, 'contribute.language')}</label>
        <select id="language" name="language">
          ${round.languages.map(
            (l) =>
              html`<option value="${l}" ${(form.language ?? ctx.locale) === l && html`selected`}>
                ${t(ctx, `language.${l}` as MessageKey)}
              </option>`,
          )}
        </select>
        <fieldset>
          <legend>${t(ctx, 'contribute.objectives')}</legend>
          ${objectiveCheckboxes(ctx, ordered, chosen, 'objective')}
        </fieldset>
        <label for="body">${t(ctx, 'contribute.body')}</label>
        <textarea
          id="body"
          name="body"
          required
          maxlength="${max}"
          aria-describedby="body-limit"
          data-counter="${t(ctx, 'contribute.counter', { max })}"
        >
${form.body ?? ''}</textarea>
        <p class="hint" id="body-limit" aria-live="polite">
          ${t(ctx, 'contribute.limit', { max })}
        </p>
        <button type="submit">${t(ctx, 'contribute.submit')}</button>
      </form>`,
  );
}
