import type { Language } from '@convene/common';
import { LANGUAGES, TEXT_LIMITS } from '@convene/common';
import type { ContributionDetail } from '@convene/contributions';
import { GCM_OBJECTIVES } from '@convene/objectives';
import { CLAIM_KINDS } from '@convene/synthesis';
import type { RoundView } from '@convene/rounds';
import { html, paragraphs, type SafeHtml } from '../html';
import { formatDate, type MessageKey } from '../i18n';
import { formErrors, layout, t, type PageContext } from './layout.view';
import { author, objectiveCheckboxes, objectiveTitle, reply, roundBrief } from './rounds.view';

export const MAX_CO_CHAIRS = 20;
const ALL_OBJECTIVES = GCM_OBJECTIVES.map((o) => o.number);

const statusKey = (round: RoundView) => `round.status.${round.status}` as MessageKey;
const languageName = (ctx: PageContext, l: Language) => t(ctx, `language.${l}` as MessageKey);

const errorList = (ctx: PageContext, errors: readonly string[], lead?: MessageKey) =>
  formErrors(errors, lead && t(ctx, lead));

export function consolePage(ctx: PageContext, rounds: readonly RoundView[]): SafeHtml {
  return layout(
    ctx,
    t(ctx, 'console.title'),
    html`<h1>${t(ctx, 'console.title')}</h1>
      <p>${t(ctx, 'console.intro')}</p>
      <p><a class="button" href="/console/rounds/new">${t(ctx, 'console.create')}</a></p>
      ${rounds.length === 0 && html`<p>${t(ctx, 'console.none')}</p>`}
      ${rounds.map(
        (round) =>
          html`<article class="card">
            <h2><a href="/console/rounds/${round.id}">${round.title}</a></h2>
            <p class="meta">
              ${t(ctx, statusKey(round))} ·
              ${t(ctx, 'rounds.closes', { date: formatDate(ctx.locale, round.closesAt) })} ·
              ${t(ctx, 'rounds.counts', round.counts)}
            </p>
          </article>`,
      )}`,
  );
}

/** The create form as the moderator filled it: raw text, so a refused form comes back intact. */
export interface NewRoundForm {
  title: string;
  description: string;
  objectiveNumbers: string[];
  languages: string[];
  questions: Record<Language, string>[];
  closesAt: string;
  noteWordTarget: string;
  coChairEmails: string;
  errors: string[];
}

function questionSlot(ctx: PageContext, text: Record<Language, string>, number: number) {
  return html`<fieldset>
    <legend>${t(ctx, 'console.new.question', { number })}</legend>
    ${LANGUAGES.map((l) => {
      const id = `q${number}-${l}`;
      return html`<label for="${id}"
          >${t(ctx, 'console.new.questionText', { number, language: languageName(ctx, l) })}</label
        >
        <textarea
          class="short"
          id="${id}"
          name="${id}"
          lang="${l}"
          maxlength="${TEXT_LIMITS.questionText}"
          ${number === 1 && l === 'en' && html`required`}
        >
${text[l]}</textarea>`;
    })}
  </fieldset>`;
}

export function newRoundPage(ctx: PageContext, form: NewRoundForm): SafeHtml {
  const chosenObjectives = new Set(form.objectiveNumbers.map(Number));
  const languages = new Set(form.languages);
  return layout(
    ctx,
    t(ctx, 'console.new.title'),
    html`<h1>${t(ctx, 'console.new.title')}</h1>
      <p>${t(ctx, 'console.new.intro')}</p>
      ${errorList(ctx, form.errors)}
      <form method="post" action="/console/rounds/new" data-once>
        <label for="title">${t(ctx, 'console.new.roundTitle')}</label>
        <input
          id="title"
          name="title"
          type="text"
          required
          maxlength="${TEXT_LIMITS.roundTitle}"
          value="${form.title}"
        />
        <label for="description">${t(ctx, 'console.new.description')}</label>
        <textarea
          class="short"
          id="description"
          name="description"
          maxlength="${TEXT_LIMITS.roundDescription}"
        >
${form.description}</textarea>
        <fieldset aria-describedby="objectives-hint">
          <legend>${t(ctx, 'console.new.objectives')}</legend>
          <p class="hint" id="objectives-hint">${t(ctx, 'console.new.objectivesHint')}</p>
          ${objectiveCheckboxes(ctx, ALL_OBJECTIVES, chosenObjectives, 'objective')}
        </fieldset>
        <fieldset aria-describedby="languages-hint">
          <legend>${t(ctx, 'console.new.languages')}</legend>
          <p class="hint" id="languages-hint">${t(ctx, 'console.new.languagesHint')}</p>
          ${LANGUAGES.map(
            (l) =>
              html`<div>
                <input
                  type="checkbox"
                  id="language-${l}"
                  name="languages"
                  value="${l}"
                  ${languages.has(l) && html`checked`}
                />
                <label for="language-${l}">${languageName(ctx, l)}</label>
              </div>`,
          )}
        </fieldset>
        <h2>${t(ctx, 'console.new.questions')}</h2>
        <p class="hint">${t(ctx, 'console.new.questionsHint')}</p>
        ${form.questions.map((text, i) => questionSlot(ctx, text, i + 1))}
        <label for="closesAt">${t(ctx, 'console.new.closesAt')}</label>
        <input
          id="closesAt"
          name="closesAt"
          type="datetime-local"
          required
          aria-describedby="closesAt-hint"
          value="${form.closesAt}"
        />
        <p class="hint" id="closesAt-hint">${t(ctx, 'console.new.closesAtHint')}</p>
        <label for="noteWordTarget">${t(ctx, 'console.new.wordTarget')}</label>
        <input
          id="noteWordTarget"
          name="noteWordTarget"
          type="number"
          min="300"
          max="5000"
          step="1"
          aria-describedby="noteWordTarget-hint"
          value="${form.noteWordTarget}"
        />
        <p class="hint" id="noteWordTarget-hint">${t(ctx, 'console.new.wordTargetHint')}</p>
        <label for="coChairEmails">${t(ctx, 'console.new.coChairs')}</label>
        <textarea
          class="short"
          id="coChairEmails"
          name="coChairEmails"
          autocomplete="off"
          aria-describedby="coChairEmails-hint"
        >
${form.coChairEmails}</textarea>
        <p class="hint" id="coChairEmails-hint">
          ${t(ctx, 'console.new.coChairsHint', { max: MAX_CO_CHAIRS })}
        </p>
        <button type="submit">${t(ctx, 'console.new.submit')}</button>
      </form>`,
  );
}

export type QueueAction = 'reply' | 'hide' | 'restore' | 'objectives' | 'claim';

/** A refused action on one contribution: shown on its card, with what the moderator typed. */
export interface QueueFailure {
  contributionId: string;
  action: QueueAction;
  errors: string[];
  text?: string;
  objectiveNumbers?: number[];
}

export interface QueuePage {
  items: readonly ContributionDetail[];
  total: number;
  page: number;
  pageSize: number;
}

function stateSection(ctx: PageContext, round: RoundView): SafeHtml {
  const action = (path: string, label: MessageKey, hint: MessageKey) =>
    html`<form method="post" action="/console/rounds/${round.id}/${path}">
      <p class="hint" id="${path}-hint">${t(ctx, hint)}</p>
      <button type="submit" aria-describedby="${path}-hint">${t(ctx, label)}</button>
    </form>`;
  return html`<section aria-labelledby="state">
    <h2 id="state">${t(ctx, 'console.round.state')}</h2>
    <p>
      ${t(ctx, 'console.round.status', { status: t(ctx, statusKey(round)) })} ·
      ${t(ctx, 'rounds.closes', { date: formatDate(ctx.locale, round.closesAt) })}
      ${
        round.openedAt &&
        html` ·
        ${t(ctx, 'console.round.openedAt', { date: formatDate(ctx.locale, round.openedAt) })}`
      }
    </p>
    <p class="meta">
      ${t(ctx, 'rounds.counts', round.counts)} ·
      ${t(ctx, 'console.round.coChairs', { count: round.coChairIds.length })}
    </p>
    ${round.status === 'draft' && action('open', 'console.round.open', 'console.round.openHint')}
    ${round.status === 'open' && action('close', 'console.round.close', 'console.round.closeHint')}
    <p><a href="/consultations/${round.id}">${t(ctx, 'console.round.publicPage')}</a></p>
  </section>`;
}

function objectivesSummary(ctx: PageContext, c: ContributionDetail): SafeHtml {
  const list = (numbers: readonly number[]) =>
    numbers.length > 0 ? numbers.join(', ') : t(ctx, 'console.objectives.none');
  return html`<p class="meta">
    ${t(ctx, 'console.objectives.found', { list: list(c.objectives.map((o) => o.number)) })}
    ${
      c.objectiveCorrection &&
      html`<br />${t(ctx, 'console.objectives.corrected', {
          list: list(c.objectiveCorrection.objectiveNumbers),
        })}`
    }
  </p>`;
}

function moderationLog(ctx: PageContext, c: ContributionDetail): SafeHtml | false {
  const log = c.moderationLog ?? [];
  return (
    log.length > 0 &&
    html`<section aria-labelledby="log-${c.id}">
      <h4 id="log-${c.id}">${t(ctx, 'console.log.title')}</h4>
      <ul>
        ${log.map(
          (entry) =>
            html`<li>
              ${t(ctx, entry.action === 'hide' ? 'console.log.hide' : 'console.log.restore', {
                who: t(
                  ctx,
                  entry.moderatorId === ctx.actor?.id ? 'console.log.you' : 'console.log.other',
                ),
                date: formatDate(ctx.locale, entry.at),
              })}
              ${entry.reason && html`<br />${t(ctx, 'console.log.reason', { reason: entry.reason })}`}
            </li>`,
        )}
      </ul>
    </section>`
  );
}

function queueItem(
  ctx: PageContext,
  round: RoundView,
  page: number,
  c: ContributionDetail,
  failure: QueueFailure | undefined,
): SafeHtml {
  const failed = failure?.contributionId === c.id ? failure : undefined;
  const typed = (action: QueueAction) => (failed?.action === action ? failed.text : undefined);
  const hidden = c.status === 'hidden';
  const state: [MessageKey, string] = hidden
    ? ['console.queue.hidden', 'badge bad']
    : c.replies.some((r) => r.isModeratorReply)
      ? ['console.queue.answered', 'badge ok']
      : ['console.queue.unanswered', 'badge'];
  const language = c.language && (LANGUAGES as readonly string[]).includes(c.language);
  const base = `/console/rounds/${round.id}/contributions/${c.id}`;
  const pageField = html`<input type="hidden" name="page" value="${page}" />`;
  const chosen = new Set(
    failed?.action === 'objectives'
      ? (failed.objectiveNumbers ?? [])
      : (c.objectiveCorrection?.objectiveNumbers ?? c.objectives.map((o) => o.number)),
  );
  const moderation = hidden
    ? html`<form method="post" action="${base}/restore">
        ${pageField}
        <label for="restore-${c.id}">${t(ctx, 'console.restore.reason')}</label>
        <input
          type="text"
          id="restore-${c.id}"
          name="reason"
          maxlength="${TEXT_LIMITS.reason}"
          value="${typed('restore') ?? ''}"
        />
        <button type="submit">${t(ctx, 'console.restore.submit')}</button>
      </form>`
    : html`<form method="post" action="${base}/hide">
        ${pageField}
        <label for="hide-${c.id}">${t(ctx, 'console.hide.reason')}</label>
        <input
          type="text"
          id="hide-${c.id}"
          name="reason"
          required
          maxlength="${TEXT_LIMITS.reason}"
          value="${typed('hide') ?? ''}"
        />
        <button type="submit">${t(ctx, 'console.hide.submit')}</button>
      </form>`;
  return html`<article class="card" id="c-${c.id}" aria-labelledby="h-${c.id}">
    <h3 id="h-${c.id}">
      ${t(ctx, 'console.queue.heading', { author: c.author.displayName, number: c.questionNumber })}
    </h3>
    <p class="meta">
      <span class="${state[1]}">${t(ctx, state[0])}</span> · ${author(ctx, c.author)} ·
      <time datetime="${c.createdAt}">${formatDate(ctx.locale, c.createdAt)}</time>
      ${
        language &&
        html` ·
        ${t(ctx, 'thread.inLanguage', { language: t(ctx, `language.${c.language}` as MessageKey) })}`
      }
    </p>
    <div lang="${language ? c.language : ''}">${paragraphs(c.body)}</div>
    ${objectivesSummary(ctx, c)}
    ${
      c.replies.length > 0 &&
      html`<section aria-label="${t(ctx, 'thread.replies')}">
        ${c.replies.map((r) => reply(ctx, r))}
      </section>`
    }
    ${failed && errorList(ctx, failed.errors, 'console.queue.failed')}
    <form method="post" action="${base}/reply" data-once>
      ${pageField}
      <label for="reply-${c.id}">${t(ctx, 'console.reply.label')}</label>
      <textarea
        class="short"
        id="reply-${c.id}"
        name="body"
        required
        maxlength="${TEXT_LIMITS.replyBody}"
      >
${typed('reply') ?? ''}</textarea>
      <button type="submit">${t(ctx, 'console.reply.submit')}</button>
    </form>
    ${moderation}
    <details ${failed?.action === 'objectives' && html`open`}>
      <summary>${t(ctx, 'console.objectives.correct')}</summary>
      <form method="post" action="${base}/objectives">
        ${pageField}
        <fieldset>
          <legend>${t(ctx, 'console.objectives.legend')}</legend>
          ${objectiveCheckboxes(ctx, ALL_OBJECTIVES, chosen, `o-${c.id}`)}
        </fieldset>
        <label for="oreason-${c.id}">${t(ctx, 'console.objectives.reason')}</label>
        <input
          type="text"
          id="oreason-${c.id}"
          name="reason"
          maxlength="${TEXT_LIMITS.reason}"
          value="${typed('objectives') ?? ''}"
        />
        <button type="submit">${t(ctx, 'console.objectives.submit')}</button>
      </form>
    </details>
    ${claimsSection(ctx, c, base, pageField, failed)} ${moderationLog(ctx, c)}
  </article>`;
}

/** At most this many claims offered for correction on one card. */
const MAX_CLAIMS_SHOWN = 40;

/**
 * The body's claims as the analysis read them (a moderator's correction shown in their place),
 * each with its own small form: the objective it is about, or none, and what kind it is.
 */
function claimsSection(
  ctx: PageContext,
  c: ContributionDetail,
  base: string,
  pageField: SafeHtml,
  failed: QueueFailure | undefined,
): SafeHtml | false {
  const claims = (c.claims ?? []).slice(0, MAX_CLAIMS_SHOWN);
  if (claims.length === 0) return false;
  const corrected = new Map((c.claimCorrections ?? []).map((k) => [`${k.start}:${k.end}`, k]));
  return html`<details ${failed?.action === 'claim' && html`open`}>
    <summary>${t(ctx, 'console.claims.correct')}</summary>
    <ol class="claims">
      ${claims.map((claim, i) => {
        const fix = corrected.get(`${claim.start}:${claim.end}`);
        const objective = fix && fix.objective !== undefined ? fix.objective : claim.objective;
        const kind = fix?.kind ?? claim.kind;
        const id = `claim-${c.id}-${i}`;
        return html`<li>
          <form method="post" action="${base}/claims">
            ${pageField}
            <input type="hidden" name="start" value="${claim.start}" />
            <input type="hidden" name="end" value="${claim.end}" />
            <p id="${id}-text">
              “${c.body.slice(claim.start, claim.end)}”
              ${fix && html`<span class="badge ok">${t(ctx, 'console.claims.fixed')}</span>`}
            </p>
            <label for="${id}-objective">${t(ctx, 'console.claims.objective')}</label>
            <select id="${id}-objective" name="objective" aria-describedby="${id}-text">
              <option value="none" ${objective === null && html`selected`}>
                ${t(ctx, 'console.claims.noObjective')}
              </option>
              ${GCM_OBJECTIVES.map(
                ({ number: n }) =>
                  html`<option value="${n}" ${objective === n && html`selected`}>
                    ${n}. ${objectiveTitle(n, ctx.locale)}
                  </option>`,
              )}
            </select>
            <label for="${id}-kind">${t(ctx, 'console.claims.kind')}</label>
            <select id="${id}-kind" name="kind">
              ${CLAIM_KINDS.map(
                (k) =>
                  html`<option value="${k}" ${kind === k && html`selected`}>
                    ${t(ctx, `console.kind.${k}` as MessageKey)}
                  </option>`,
              )}
            </select>
            <button type="submit">${t(ctx, 'console.claims.submit')}</button>
          </form>
        </li>`;
      })}
    </ol>
  </details>`;
}

export function consoleRoundPage(
  ctx: PageContext,
  round: RoundView,
  queue: QueuePage,
  failure?: QueueFailure,
): SafeHtml {
  const title = t(ctx, 'console.round.title', { title: round.title });
  const from = (queue.page - 1) * queue.pageSize + 1;
  const to = from + queue.items.length - 1;
  const hasNext = queue.page * queue.pageSize < queue.total;
  const pageLink = (page: number, key: MessageKey, rel: string) =>
    html`<li>
      <a href="/console/rounds/${round.id}?page=${page}#queue" rel="${rel}">${t(ctx, key)}</a>
    </li>`;
  return layout(
    ctx,
    title,
    html`<h1>${title}</h1>
      ${stateSection(ctx, round)} ${roundBrief(ctx, round)}
      <section aria-labelledby="queue">
        <h2 id="queue">${t(ctx, 'console.queue.title')}</h2>
        <p class="hint">${t(ctx, 'console.queue.hint')}</p>
        ${
          queue.total === 0
            ? html`<p>${t(ctx, 'console.queue.none')}</p>`
            : queue.items.length > 0 &&
              html`<p>${t(ctx, 'console.queue.showing', { total: queue.total, from, to })}</p>`
        }
        ${queue.items.map((c) => queueItem(ctx, round, queue.page, c, failure))}
        ${
          (queue.page > 1 || hasNext) &&
          html`<nav aria-label="${t(ctx, 'console.queue.pages')}">
            <ul>
              ${queue.page > 1 && pageLink(queue.page - 1, 'console.queue.previous', 'prev')}
              ${hasNext && pageLink(queue.page + 1, 'console.queue.next', 'next')}
            </ul>
          </nav>`
        }
      </section>`,
  );
}
