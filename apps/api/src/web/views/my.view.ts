import type { ContributionView } from '@convene/contributions';
import type { NotificationView } from '@convene/notifications';
import { html, type SafeHtml } from '../html';
import { formatDate } from '../i18n';
import { layout, t, type PageContext } from './layout.view';

const excerpt = (text: string) => (text.length > 280 ? `${text.slice(0, 277)}…` : text);

export function myContributionsPage(
  ctx: PageContext,
  contributions: readonly ContributionView[],
  roundTitles: ReadonlyMap<string, string>,
): SafeHtml {
  return layout(
    ctx,
    t(ctx, 'mine.title'),
    html`<h1>${t(ctx, 'mine.title')}</h1>
      ${contributions.length === 0 && html`<p>${t(ctx, 'mine.none')}</p>`}
      ${contributions.map(
        (c) =>
          html`<article class="card">
            <h2>
              <a href="/consultations/${c.roundId}#c-${c.id}"
                >${roundTitles.get(c.roundId) ?? c.roundId}</a
              >
            </h2>
            <p class="meta">
              ${t(ctx, 'round.question', { number: c.questionNumber })} ·
              <time datetime="${c.createdAt}">${formatDate(ctx.locale, c.createdAt)}</time> ·
              ${t(ctx, 'thread.replies')}: ${c.replyCount}
            </p>
            <p>${excerpt(c.body)}</p>
          </article>`,
      )}`,
  );
}

export function notificationsPage(
  ctx: PageContext,
  notifications: readonly NotificationView[],
  roundTitles: ReadonlyMap<string, string>,
): SafeHtml {
  const line = (n: NotificationView) => {
    const title = (n.roundId && roundTitles.get(n.roundId)) || '';
    const href =
      n.type === 'moderator_reply' && n.roundId && n.contributionId
        ? `/consultations/${n.roundId}#c-${n.contributionId}`
        : n.type === 'background_note.ready' && n.roundId
          ? `/notes/${n.roundId}`
          : n.roundId
            ? `/consultations/${n.roundId}`
            : '/consultations';
    const text =
      n.type === 'moderator_reply'
        ? t(ctx, 'notifications.moderatorReply', { title })
        : t(ctx, 'notifications.noteReady', { title });
    return html`<li class="card${n.readAt ? '' : ' unread'}">
      <p>${text} <a href="${href}">${t(ctx, 'notifications.open')}</a></p>
      <p class="meta">
        <time datetime="${n.createdAt}">${formatDate(ctx.locale, n.createdAt)}</time>
      </p>
    </li>`;
  };
  return layout(
    ctx,
    t(ctx, 'notifications.title'),
    html`<h1>${t(ctx, 'notifications.title')}</h1>
      ${notifications.length === 0 && html`<p>${t(ctx, 'notifications.none')}</p>`}
      <ul class="plain">
        ${notifications.map(line)}
      </ul>`,
  );
}
