import type { BackgroundNoteSummary, BackgroundNoteView } from '@convene/background-notes';
import { STAKEHOLDER_TYPES, type StakeholderType } from '@convene/common';
import type { ContributionDetail } from '@convene/contributions';
import type { RoundView } from '@convene/rounds';
import type { NoteParagraph, NoteSection, ObjectiveSynthesis } from '@convene/synthesis';
import { html, type SafeHtml } from '../html';
import { formatDate, stakeholderKey, type MessageKey } from '../i18n';
import { annexLabel, citationLabels, splitCitations } from '../note-citations';
import type { SectionDiff } from '../note-diff';
import type { NoteStatus } from '../note-status-stream';
import { barChart, type Bar } from './charts.view';
import { layout, t, type PageContext } from './layout.view';
import { inLocale, objectiveTitle, thread } from './rounds.view';

export interface StatusMessage {
  text: string;
  link: string;
}

/**
 * The status line's words for a round's drafting status, given the version the page shows:
 * the same on the page and in each live update.
 */
export function statusMessage(
  ctx: PageContext,
  { status, version }: NoteStatus,
  shown: number | null,
): StatusMessage {
  if (version !== null && version !== shown) {
    return {
      text: t(ctx, 'notes.status.ready', { version }),
      link: t(ctx, 'notes.showVersion', { version }),
    };
  }
  const text =
    status === 'closed'
      ? t(ctx, 'notes.status.closed')
      : status === 'synthesizing'
        ? t(ctx, 'notes.status.synthesizing')
        : status === 'drafted' && version !== null
          ? t(ctx, 'notes.status.drafted', { version })
          : t(ctx, 'notes.status.notClosed');
  return { text, link: t(ctx, 'notes.refresh') };
}

/** Updated live by the page's script from /notes/:id/events; a refresh link without it. */
function statusLine(
  ctx: PageContext,
  roundId: string,
  message: StatusMessage,
  shown: number | null,
) {
  const events = `/notes/${roundId}/events${shown === null ? '' : `?since=${shown}`}`;
  return html`<p class="status-line" role="status" aria-live="polite" data-events="${events}">
    <span data-status-text>${message.text}</span>
    <a href="/notes/${roundId}" data-status-link>${message.link}</a>
  </p>`;
}

/** A paragraph's text with each label a link to the contribution it cites. */
function citedText(ctx: PageContext, text: string, labels: ReadonlyMap<string, string>) {
  return splitCitations(text).map((part) => {
    if (typeof part === 'string') return part;
    const links = part.labels.map((label, i) => {
      const link = labels.has(label)
        ? html`<a
            href="#cite-${label}"
            class="cite"
            aria-label="${t(ctx, 'notes.citation', { label })}"
            >${label}</a
          >`
        : label;
      return html`${i > 0 && ', '}${link}`;
    });
    return html`[${links}${part.more > 0 && ` and ${part.more} more`}]`;
  });
}

function citedContribution(
  ctx: PageContext,
  round: RoundView,
  paragraph: NoteParagraph,
  cited: ReadonlyMap<string, ContributionDetail>,
): SafeHtml {
  const label = annexLabel(paragraph.text);
  const contribution = cited.get(paragraph.sourceIds[0]);
  const question =
    contribution && round.questions.find((q) => q.number === contribution.questionNumber);
  return html`<li>
    <details class="citation" ${label && html`id="cite-${label}"`}>
      <summary>${paragraph.text}</summary>
      <div lang="${ctx.locale}">
        ${
          contribution
            ? html`${
                  question &&
                  html`<p class="meta">
                    ${t(ctx, 'notes.cited.question', {
                      number: question.number,
                      text: inLocale(question.text, ctx.locale),
                    })}
                  </p>`
                }
                ${thread(ctx, contribution)}
                <p>
                  <a href="/consultations/${round.id}#c-${contribution.id}"
                    >${t(ctx, 'notes.cited.inRound')}</a
                  >
                </p>`
            : html`<p>${t(ctx, 'notes.cited.unavailable')}</p>`
        }
      </div>
    </details>
  </li>`;
}

const isAnnex = (section: NoteSection) =>
  section.paragraphs.length > 0 && section.paragraphs.every((p) => p.kind === 'annex');

function noteArticle(
  ctx: PageContext,
  round: RoundView,
  note: BackgroundNoteView,
  cited: ReadonlyMap<string, ContributionDetail>,
): SafeHtml {
  const labels = citationLabels(note.sections);
  return html`<article aria-labelledby="note-title" class="note">
    <h2 id="note-title" lang="en">${note.title}</h2>
    <p class="meta">
      ${t(ctx, 'notes.meta', {
        version: note.version,
        date: formatDate(ctx.locale, note.generatedAt),
        words: note.wordCount,
        target: note.wordTarget,
      })}
      ${ctx.locale !== 'en' && t(ctx, 'notes.inEnglish')}
    </p>
    ${note.sections.map(
      (section, i) =>
        html`<section aria-labelledby="note-section-${i}">
          <h3 id="note-section-${i}" lang="en">${section.heading}</h3>
          ${
            isAnnex(section)
              ? html`<ul class="annex" lang="en">
                  ${section.paragraphs.map((p) => citedContribution(ctx, round, p, cited))}
                </ul>`
              : section.paragraphs.map(
                  (p) =>
                    html`<p lang="en" class="kind-${p.kind}">${citedText(ctx, p.text, labels)}</p>`,
                )
          }
        </section>`,
    )}
  </article>`;
}

function versionsSection(
  ctx: PageContext,
  roundId: string,
  versions: readonly BackgroundNoteSummary[],
): SafeHtml {
  return html`<section aria-labelledby="versions">
    <h2 id="versions">${t(ctx, 'notes.versions')}</h2>
    <table class="versions">
      <thead>
        <tr>
          <th scope="col">${t(ctx, 'notes.versions.version')}</th>
          <th scope="col">${t(ctx, 'notes.versions.date')}</th>
          <th scope="col">${t(ctx, 'notes.versions.words')}</th>
          <th scope="col">${t(ctx, 'notes.versions.changes')}</th>
        </tr>
      </thead>
      <tbody>
        ${versions.map((v, i) => {
          const previous = versions[i + 1];
          return html`<tr>
            <th scope="row">${v.version}</th>
            <td>
              <time datetime="${v.generatedAt}">${formatDate(ctx.locale, v.generatedAt)}</time>
            </td>
            <td>${v.wordCount}</td>
            <td>
              ${
                previous
                  ? html`<a
                      href="/notes/${roundId}/compare?from=${previous.version}&to=${v.version}"
                      >${t(ctx, 'notes.versions.compare', { from: previous.version })}</a
                    >`
                  : t(ctx, 'notes.versions.first')
              }
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}

const countBars = (counts: Record<string, number>, label: (key: string) => string): Bar[] =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, value]) => ({ label: label(key), value }));

function typeName(ctx: PageContext, type: string): string {
  return (STAKEHOLDER_TYPES as readonly string[]).includes(type)
    ? t(ctx, stakeholderKey(type as StakeholderType))
    : t(ctx, 'notes.unspecified');
}

function languageName(ctx: PageContext, language: string): string {
  return ['en', 'fr', 'es'].includes(language)
    ? t(ctx, `language.${language}` as MessageKey)
    : t(ctx, 'notes.language.other');
}

function synthesesSection(ctx: PageContext, syntheses: readonly ObjectiveSynthesis[]): SafeHtml {
  return html`<section aria-labelledby="syntheses">
    <h2 id="syntheses">${t(ctx, 'notes.syntheses')}</h2>
    <p>${t(ctx, 'notes.syntheses.intro')}</p>
    ${syntheses.map((s) => {
      const n = s.objectiveNumber;
      return html`<section aria-labelledby="objective-${n}" class="card">
        <h3 id="objective-${n}">
          ${t(ctx, 'notes.syntheses.objective', {
            number: n,
            title: objectiveTitle(n, ctx.locale),
          })}
        </h3>
        <p class="meta">
          ${t(ctx, 'notes.syntheses.contributions', { count: s.contributionIds.length })}
        </p>
        <h4>${t(ctx, 'notes.syntheses.themes')}</h4>
        ${
          s.themes.length > 0
            ? html`<ul lang="en">
                ${s.themes.map((theme) => html`<li>${theme.label}</li>`)}
              </ul>`
            : html`<p>${t(ctx, 'notes.syntheses.noThemes')}</p>`
        }
        <div class="charts">
          ${barChart(
            `chart-${n}-type`,
            t(ctx, 'notes.chart.byType'),
            countBars(s.counts.byStakeholderType, (k) => typeName(ctx, k)),
          )}
          ${barChart(
            `chart-${n}-language`,
            t(ctx, 'notes.chart.byLanguage'),
            countBars(s.counts.byLanguage, (k) => languageName(ctx, k)),
          )}
        </div>
      </section>`;
    })}
  </section>`;
}

export interface NotePageData {
  round: RoundView;
  status: NoteStatus;
  versions: readonly BackgroundNoteSummary[];
  note: BackgroundNoteView | null;
  syntheses: readonly ObjectiveSynthesis[];
  /** The cited contributions the reader may see, by id: hidden or refused ones are absent. */
  cited: ReadonlyMap<string, ContributionDetail>;
  canRedraft: boolean;
  /** A moderator of the round: may publish the notes to every reader, or restrict them again. */
  canPublish: boolean;
}

function visibilityForm(ctx: PageContext, round: RoundView): SafeHtml {
  const published = round.notesVisibility === 'published';
  return html`<form method="post" action="/notes/${round.id}/visibility">
    <input type="hidden" name="notesVisibility" value="${published ? 'restricted' : 'published'}" />
    <p class="hint" id="visibility-hint">
      ${t(ctx, published ? 'notes.visibility.published' : 'notes.visibility.restricted')}
    </p>
    <button type="submit" aria-describedby="visibility-hint">
      ${t(ctx, published ? 'notes.unpublish' : 'notes.publish')}
    </button>
  </form>`;
}

export function notePage(ctx: PageContext, data: NotePageData): SafeHtml {
  const { round, note } = data;
  const shown = note?.version ?? null;
  const title = t(ctx, 'notes.pageTitle', { title: round.title });
  return layout(
    ctx,
    title,
    html`<h1>${title}</h1>
      <p><a href="/consultations/${round.id}">${t(ctx, 'notes.back')}</a></p>
      ${statusLine(ctx, round.id, statusMessage(ctx, data.status, shown), shown)}
      ${
        data.canRedraft &&
        html`<form method="post" action="/notes/${round.id}/redraft" data-once>
          <button type="submit" aria-describedby="redraft-hint">${t(ctx, 'notes.redraft')}</button>
          <p class="hint" id="redraft-hint">${t(ctx, 'notes.redraftHint')}</p>
        </form>`
      }
      ${data.canPublish && visibilityForm(ctx, round)}
      ${
        note
          ? html`<section aria-labelledby="downloads">
                <h2 id="downloads">${t(ctx, 'notes.downloads')}</h2>
                <ul>
                  <li>
                    <a href="/notes/${round.id}/latest.md" download>${t(ctx, 'notes.markdown')}</a>
                  </li>
                  <li>
                    <a href="/notes/${round.id}/latest.docx" download>${t(ctx, 'notes.docx')}</a>
                  </li>
                </ul>
              </section>
              ${noteArticle(ctx, round, note, data.cited)}
              ${versionsSection(ctx, round.id, data.versions)}
              ${synthesesSection(ctx, data.syntheses)}`
          : html`<p>${t(ctx, 'notes.none')}</p>`
      }`,
  );
}

function compareForm(
  ctx: PageContext,
  roundId: string,
  versions: readonly BackgroundNoteSummary[],
  chosen: { from: number; to: number },
): SafeHtml {
  const select = (name: 'from' | 'to', key: MessageKey) =>
    html`<label for="compare-${name}">${t(ctx, key)}</label>
      <select id="compare-${name}" name="${name}">
        ${versions.map(
          (v) =>
            html`<option value="${v.version}" ${chosen[name] === v.version && html`selected`}>
              ${v.version}
            </option>`,
        )}
      </select>`;
  return html`<form method="get" action="/notes/${roundId}/compare" class="compare">
    ${select('from', 'notes.compare.from')} ${select('to', 'notes.compare.to')}
    <button type="submit">${t(ctx, 'notes.compare.submit')}</button>
  </form>`;
}

function sectionChanges(ctx: PageContext, section: SectionDiff, i: number): SafeHtml {
  const status =
    section.status === 'added'
      ? t(ctx, 'notes.compare.sectionAdded')
      : section.status === 'removed'
        ? t(ctx, 'notes.compare.sectionRemoved')
        : section.unchanged > 0 && t(ctx, 'notes.compare.unchanged', { count: section.unchanged });
  return html`<section aria-labelledby="change-${i}">
    <h2 id="change-${i}" lang="en">${section.heading}</h2>
    ${status && html`<p class="meta">${status}</p>`}
    <ul class="diff">
      ${section.changes.map((change) =>
        change.change === 'added'
          ? html`<li class="added">
              <span class="badge">${t(ctx, 'notes.compare.added')}</span>
              <ins lang="en">${change.text}</ins>
            </li>`
          : html`<li class="removed">
              <span class="badge">${t(ctx, 'notes.compare.removed')}</span>
              <del lang="en">${change.text}</del>
            </li>`,
      )}
    </ul>
  </section>`;
}

export interface ComparePageData {
  round: RoundView;
  versions: readonly BackgroundNoteSummary[];
  /** Null while the round has fewer than two versions. */
  compared: {
    from: number;
    to: number;
    diff: readonly SectionDiff[];
    /** Paragraphs left out because they draw on a contribution hidden since. */
    withheld: number;
  } | null;
}

export function comparePage(ctx: PageContext, { round, versions, compared }: ComparePageData) {
  const title = compared
    ? t(ctx, 'notes.compare.title', { from: compared.from, to: compared.to })
    : t(ctx, 'notes.versions');
  const back = html`<p><a href="/notes/${round.id}">${t(ctx, 'notes.compare.back')}</a></p>`;
  if (!compared) {
    return layout(
      ctx,
      title,
      html`<h1>${title}</h1>
        ${back}
        <p>${t(ctx, 'notes.compare.onlyOne')}</p>`,
    );
  }
  const changed = compared.diff.filter((s) => s.status !== 'unchanged');
  const unchanged = compared.diff.filter((s) => s.status === 'unchanged');
  const count = (kind: 'added' | 'removed') =>
    compared.diff.reduce((n, s) => n + s.changes.filter((c) => c.change === kind).length, 0);
  return layout(
    ctx,
    title,
    html`<h1>${title}</h1>
      ${back} ${compareForm(ctx, round.id, versions, compared)}
      <p>
        ${
          changed.length > 0
            ? t(ctx, 'notes.compare.summary', { added: count('added'), removed: count('removed') })
            : t(ctx, 'notes.compare.same')
        }
      </p>
      ${
        compared.withheld > 0 &&
        html`<p class="meta">${t(ctx, 'notes.compare.withheld', { count: compared.withheld })}</p>`
      }
      ${changed.map((section, i) => sectionChanges(ctx, section, i))}
      ${
        unchanged.length > 0 &&
        html`<p class="meta">
          ${t(ctx, 'notes.compare.unchangedSections', {
            headings: unchanged.map((s) => s.heading).join('; '),
          })}
        </p>`
      }`,
  );
}
