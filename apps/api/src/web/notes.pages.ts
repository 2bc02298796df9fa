import { randomUUID } from 'node:crypto';
import {
  BadRequestException,
  BeforeApplicationShutdown,
  Body,
  Controller,
  Get,
  Logger,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  assertCanRequestDraft,
  BackgroundNoteReader,
  renderNoteDocx,
  RequestDraftCommand,
} from '@convene/background-notes';
import {
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  type Actor,
} from '@convene/common';
import { ContributionReader, type ContributionDetail } from '@convene/contributions';
import {
  canReadNotes,
  isRoundModerator,
  RoundReader,
  SetNotesVisibilityCommand,
  type RoundView,
} from '@convene/rounds';
import { DOCX } from '../controllers/background-notes.controller';
import { Public } from '../http/access.decorators';
import { field, intField, type FormBody } from './form-input';
import { translate } from './i18n';
import { citationLabels, visibleParagraphs } from './note-citations';
import { diffNotes } from './note-diff';
import { noteStatusChanges, type NoteStatus } from './note-status-stream';
import { assertSameOrigin } from './same-origin';
import type { PageContext } from './views/layout.view';
import { comparePage, notePage, statusMessage } from './views/notes.view';
import { PageContexts, type WebRequest } from './web-context';
import { WebErrorFilter } from './web-error.filter';

/** How often the live status looks again, and how long one stream lasts at most. */
export const NOTE_EVENTS_INTERVAL_MS = 1500;
export const NOTE_EVENTS_LIMIT_MS = 120_000;
/** Cited contributions are read this many at a time, so a long annex does not take the pool. */
const CITED_BATCH = 8;

const access = (round: RoundView) => ({ ...round, closesAt: new Date(round.closesAt) });

/** Whether the round page offers its notes: once closed, to whoever the notes policy lets read. */
export function mayReadNotes(actor: Actor, round: RoundView): boolean {
  return round.status !== 'draft' && round.status !== 'open' && canReadNotes(actor, access(round));
}

/** Whether the redraft button would be accepted: the very check the command makes. */
function mayRequestDraft(actor: Actor, round: RoundView): boolean {
  try {
    assertCanRequestDraft(actor, access(round));
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

/** A version number from the query, or undefined; anything else is a 400. */
function versionParam(ctx: PageContext, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  // A repeated parameter arrives as an array: not a version number.
  const number = typeof value === 'string' ? intField(value) : value;
  if (typeof number !== 'number' || number < 1) {
    throw new BadRequestException(translate(ctx.locale, 'notes.badVersion'));
  }
  return number;
}

/**
 * A round's background notes for whoever the API lets read them: the same reader, the same
 * refusals, the same renderer for the downloads, the same command for a redraft. Answers
 * depend on who asks, so none is cached.
 */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('notes')
export class NotesPages implements BeforeApplicationShutdown {
  /** Ends the live streams on shutdown, so the server's close does not wait for them. */
  private readonly closing = new AbortController();
  private readonly logger = new Logger(NotesPages.name);

  constructor(
    private readonly pages: PageContexts,
    private readonly rounds: RoundReader,
    private readonly notes: BackgroundNoteReader,
    private readonly contributions: ContributionReader,
    private readonly commandBus: CommandBus,
  ) {}

  beforeApplicationShutdown(): void {
    this.closing.abort();
  }

  /** The round's status and latest version, refused as the API refuses the notes. */
  private async status(actor: Actor, roundId: string): Promise<NoteStatus> {
    const [round, versions] = await Promise.all([
      this.rounds.get(actor, roundId),
      this.notes.versions(actor, roundId),
    ]);
    return { status: round.status, version: versions[0]?.version ?? null };
  }

  /** The contributions of `ids` this reader may see now; hidden ones are left out for everyone. */
  private async visible(actor: Actor, ids: string[]): Promise<Map<string, ContributionDetail>> {
    const seen = new Map<string, ContributionDetail>();
    for (let i = 0; i < ids.length; i += CITED_BATCH) {
      const batch = await Promise.all(
        ids.slice(i, i + CITED_BATCH).map((id) =>
          this.contributions.get(actor, id).catch((error: unknown) => {
            if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
            throw error;
          }),
        ),
      );
      for (const c of batch) if (c && c.status !== 'hidden') seen.set(c.id, c);
    }
    return seen;
  }

  @Get(':roundId')
  async note(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('roundId', new ParseUUIDPipe()) id: string,
  ) {
    const { ctx, actor } = await this.pages.signedIn(req, res);
    // versions() makes the API's check: a reader it refuses gets its status and no note text.
    const [round, versions] = await Promise.all([
      this.rounds.get(actor, id),
      this.notes.versions(actor, id),
    ]);
    const [note, syntheses] =
      versions.length > 0
        ? await Promise.all([this.notes.latest(actor, id), this.notes.syntheses(actor, id)])
        : [null, []];
    const cited = note
      ? await this.visible(actor, [...new Set(citationLabels(note.sections).values())])
      : new Map<string, ContributionDetail>();
    if (req.query.requested) ctx.notice = translate(ctx.locale, 'notes.redraftRequested');
    if (req.query.visibility === 'published') ctx.notice = translate(ctx.locale, 'notes.published');
    if (req.query.visibility === 'restricted')
      ctx.notice = translate(ctx.locale, 'notes.restricted');
    res.type('html').send(
      notePage(ctx, {
        round,
        status: { status: round.status, version: versions[0]?.version ?? null },
        versions,
        note,
        syntheses,
        cited,
        canRedraft: mayRequestDraft(actor, round),
        canPublish: isRoundModerator(actor, access(round)),
      }).value,
    );
  }

  /** A moderator of the round opens its notes to every reader of the round, or closes them. */
  @Post(':roundId/visibility')
  async visibility(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('roundId', new ParseUUIDPipe()) id: string,
    @Body() body: FormBody,
  ) {
    assertSameOrigin(req);
    const { actor } = await this.pages.signedIn(req, res);
    const wanted = field(body, 'notesVisibility');
    if (wanted !== 'published' && wanted !== 'restricted') {
      throw new InvalidInputError('notesVisibility must be published or restricted');
    }
    await this.commandBus.execute(new SetNotesVisibilityCommand(actor, id, wanted));
    res.redirect(303, `/notes/${id}?visibility=${wanted}`);
  }

  @Get(':roundId/compare')
  async compare(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('roundId', new ParseUUIDPipe()) id: string,
  ) {
    const { ctx, actor } = await this.pages.signedIn(req, res);
    const from = versionParam(ctx, req.query.from);
    const to = versionParam(ctx, req.query.to);
    const [round, versions] = await Promise.all([
      this.rounds.get(actor, id),
      this.notes.versions(actor, id),
    ]);
    const pair =
      from !== undefined && to !== undefined
        ? { from, to }
        : versions.length > 1
          ? { from: from ?? versions[1].version, to: to ?? versions[0].version }
          : null;
    let compared = null;
    if (pair) {
      const [older, newer] = await Promise.all([
        this.notes.version(actor, id, pair.from),
        this.notes.version(actor, id, pair.to),
      ]);
      const sources = [older, newer].flatMap((n) =>
        n.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sourceIds)),
      );
      const visible = new Set((await this.visible(actor, [...new Set(sources)])).keys());
      const olderShown = visibleParagraphs(older.sections, visible);
      const newerShown = visibleParagraphs(newer.sections, visible);
      compared = {
        ...pair,
        diff: diffNotes(olderShown.sections, newerShown.sections),
        withheld: olderShown.withheld + newerShown.withheld,
      };
    }
    res.type('html').send(comparePage(ctx, { round, versions, compared }).value);
  }

  @Get(':roundId/latest.md')
  async markdown(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('roundId', new ParseUUIDPipe()) id: string,
  ) {
    const { actor } = await this.pages.signedIn(req, res);
    const note = await this.notes.latest(actor, id);
    res
      .attachment(`background-note-v${note.version}.md`)
      .type('text/markdown; charset=utf-8')
      .send(note.markdown);
  }

  @Get(':roundId/latest.docx')
  async docx(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('roundId', new ParseUUIDPipe()) id: string,
  ) {
    const { actor } = await this.pages.signedIn(req, res);
    const note = await this.notes.latest(actor, id);
    const file = await renderNoteDocx(note, {
      roundTitle: note.roundTitle,
      version: note.version,
      generatedAt: new Date(note.generatedAt),
    });
    res.attachment(`background-note-v${note.version}.docx`).type(DOCX).send(file);
  }

  @Post(':roundId/redraft')
  async redraft(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('roundId', new ParseUUIDPipe()) id: string,
  ) {
    assertSameOrigin(req);
    const { actor } = await this.pages.signedIn(req, res);
    await this.commandBus.execute(
      new RequestDraftCommand(id, 'requested', `requested:${randomUUID()}`, actor),
    );
    res.redirect(303, `/notes/${id}?requested=1`);
  }

  /**
   * Server-sent `status` events while a draft is under way, each with the status line's words
   * in the reader's language, then `end`; at most NOTE_EVENTS_LIMIT_MS. A reader the notes are
   * refused to gets the refusal before the stream starts.
   */
  @Get(':roundId/events')
  async events(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('roundId', new ParseUUIDPipe()) id: string,
  ) {
    const { ctx, actor } = await this.pages.signedIn(req, res);
    const since = versionParam(ctx, req.query.since) ?? null;
    const first = await this.status(actor, id);
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'X-Accel-Buffering': 'no',
    });
    // A dropped connection comes back slowly; a finished stream says `end` and is not reopened.
    res.write('retry: 10000\n\n');
    const gone = new AbortController();
    res.on('close', () => gone.abort());
    const send = (event: string, data: object) =>
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    try {
      for await (const status of noteStatusChanges(first, () => this.status(actor, id), {
        intervalMs: NOTE_EVENTS_INTERVAL_MS,
        limitMs: NOTE_EVENTS_LIMIT_MS,
        signal: AbortSignal.any([gone.signal, this.closing.signal]),
      })) {
        send('status', { ...status, ...statusMessage(ctx, status, since) });
      }
    } catch (error) {
      // Refused or unavailable mid-stream: the page keeps its refresh link.
      if (!(error instanceof DomainError)) this.logger.warn(`note events ended: ${String(error)}`);
    }
    send('end', {});
    res.end();
  }
}
