import {
  Body,
  Controller,
  Get,
  HttpStatus,
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
import { UserReader } from '@convene/accounts';
import {
  ForbiddenError,
  hasRole,
  InvalidInputError,
  LANGUAGES,
  NotFoundError,
  OBJECTIVE_COUNT,
  type Actor,
  type Language,
} from '@convene/common';
import {
  ContributionReader,
  CorrectClaimCommand,
  CorrectClaimDto,
  CorrectObjectivesCommand,
  CorrectObjectivesDto,
  HideContributionCommand,
  HideContributionDto,
  PostReplyCommand,
  PostReplyDto,
  RestoreContributionCommand,
  RestoreContributionDto,
} from '@convene/contributions';
import {
  assertModerates,
  CloseRoundCommand,
  CreateRoundCommand,
  CreateRoundDto,
  OpenRoundCommand,
  RoundReader,
} from '@convene/rounds';
import { Public } from '../http/access.decorators';
import { LIMITS, RateLimiter } from '../http/rate-limiter';
import { field, fields, intField, validated, type FormBody } from './form-input';
import { translate, type MessageKey } from './i18n';
import { assertSameOrigin } from './same-origin';
import {
  consolePage,
  consoleRoundPage,
  MAX_CO_CHAIRS,
  newRoundPage,
  type NewRoundForm,
  type QueueAction,
  type QueueFailure,
} from './views/console.view';
import type { PageContext } from './views/layout.view';
import { PageContexts, type HttpPair, type WebRequest } from './web-context';
import { WebErrorFilter } from './web-error.filter';

const QUEUE_PAGE_SIZE = 20;
const QUESTION_SLOTS = 5;

/** What a redirect after an action tells the moderator, by the `done` it carries. */
const DONE = {
  created: 'console.done.created',
  opened: 'console.done.opened',
  closed: 'console.done.closed',
  replied: 'console.done.replied',
  hidden: 'console.done.hidden',
  restored: 'console.done.restored',
  corrected: 'console.done.corrected',
} satisfies Record<string, MessageKey>;

/** The notice for a `done` of the query, if it is one of ours (not, say, `constructor`). */
function doneNotice(done: unknown): MessageKey | undefined {
  return typeof done === 'string' && Object.hasOwn(DONE, done)
    ? DONE[done as keyof typeof DONE]
    : undefined;
}

function emptyRoundForm(): NewRoundForm {
  return {
    title: '',
    description: '',
    objectiveNumbers: [],
    languages: [...LANGUAGES],
    questions: Array.from({ length: QUESTION_SLOTS }, () => ({ en: '', fr: '', es: '' })),
    closesAt: '',
    noteWordTarget: '',
    coChairEmails: '',
    errors: [],
  };
}

function readRoundForm(body: FormBody): NewRoundForm {
  const text = (name: string) => field(body, name) ?? '';
  return {
    ...emptyRoundForm(),
    title: text('title'),
    description: text('description'),
    objectiveNumbers: fields(body, 'objectiveNumbers', OBJECTIVE_COUNT),
    languages: fields(body, 'languages', LANGUAGES.length),
    questions: Array.from({ length: QUESTION_SLOTS }, (_, i) =>
      Object.fromEntries(LANGUAGES.map((l) => [l, text(`q${i + 1}-${l}`)])),
    ) as Record<Language, string>[],
    closesAt: text('closesAt'),
    noteWordTarget: text('noteWordTarget'),
    coChairEmails: text('coChairEmails'),
  };
}

/** A datetime-local value has no zone: the form says it is UTC, so it is read as UTC. */
function asUtc(local: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(local) ? `${local}Z` : local;
}

/** The form as the API's JSON: empty questions left out, the others numbered in order. */
function roundInput(form: NewRoundForm, coChairIds: string[]) {
  const questions = form.questions
    .map((q) =>
      Object.fromEntries(LANGUAGES.filter((l) => q[l].trim()).map((l) => [l, q[l].trim()])),
    )
    .filter((text) => Object.keys(text).length > 0)
    .map((text, i) => ({ number: i + 1, text }));
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    objectiveNumbers: form.objectiveNumbers.map(intField),
    languages: form.languages,
    closesAt: asUtc(form.closesAt),
    ...(form.noteWordTarget.trim() ? { noteWordTarget: intField(form.noteWordTarget.trim()) } : {}),
    questions,
    ...(coChairIds.length > 0 ? { coChairIds } : {}),
  };
}

/** An action on a contribution: the API's DTO for its form, then the API's command. */
interface ActionSpec<T> {
  name: QueueAction;
  dto: new () => T;
  input: Record<string, unknown>;
  run: (actor: Actor, value: T) => Promise<unknown>;
  done: keyof typeof DONE;
}

const pageOf = (value: unknown) => {
  const page = intField(typeof value === 'string' ? value : undefined);
  return typeof page === 'number' && page >= 1 ? page : 1;
};

/**
 * The moderator console: a moderator's rounds, creating one, and a round's moderation queue.
 * Every action is the API's command with the API's DTO, so the domain refuses what it refuses.
 */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('console')
export class ConsolePages {
  constructor(
    private readonly pages: PageContexts,
    private readonly rounds: RoundReader,
    private readonly contributions: ContributionReader,
    private readonly users: UserReader,
    private readonly commandBus: CommandBus,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /** Signed in with the moderator role, as the API's moderator routes ask. */
  private async moderator({ req, res }: HttpPair): Promise<{ ctx: PageContext; actor: Actor }> {
    const { ctx, actor } = await this.pages.signedIn(req, res);
    if (!hasRole(actor, 'moderator')) throw new ForbiddenError('only moderators use the console');
    return { ctx, actor };
  }

  /** The contribution, when it belongs to this round and the actor may see it. */
  private async contributionOf(actor: Actor, roundId: string, contributionId: string) {
    const contribution = await this.contributions.get(actor, contributionId);
    if (contribution.roundId !== roundId) throw new NotFoundError('no contribution with this id');
    return contribution;
  }

  private async renderRound(
    { req, res }: HttpPair,
    ctx: PageContext,
    actor: Actor,
    roundId: string,
    page: number,
    failure?: QueueFailure,
  ) {
    const round = await this.rounds.get(actor, roundId);
    const queue = await this.contributions.moderationQueue(actor, roundId, {
      limit: QUEUE_PAGE_SIZE,
      offset: (page - 1) * QUEUE_PAGE_SIZE,
    });
    const done = doneNotice(req.query.done);
    if (done && !failure) ctx.notice = translate(ctx.locale, done);
    if (failure) res.status(HttpStatus.BAD_REQUEST);
    res
      .type('html')
      .send(
        consoleRoundPage(
          ctx,
          round,
          { items: queue.items, total: queue.total, page, pageSize: QUEUE_PAGE_SIZE },
          failure,
        ).value,
      );
  }

  private back(
    { res }: HttpPair,
    roundId: string,
    page: number,
    done: keyof typeof DONE,
    anchor = '',
  ) {
    res.redirect(303, `/console/rounds/${roundId}?page=${page}&done=${done}${anchor}`);
  }

  @Get()
  async home(@Req() req: WebRequest, @Res() res: Response) {
    const { ctx, actor } = await this.moderator({ req, res });
    const rounds = (await this.rounds.list(actor)).filter((r) => r.moderatorIds.includes(actor.id));
    res.type('html').send(consolePage(ctx, rounds).value);
  }

  @Get('rounds/new')
  async newRound(@Req() req: WebRequest, @Res() res: Response) {
    const { ctx } = await this.moderator({ req, res });
    res.type('html').send(newRoundPage(ctx, emptyRoundForm()).value);
  }

  @Post('rounds/new')
  async createRound(@Req() req: WebRequest, @Res() res: Response, @Body() body: FormBody) {
    assertSameOrigin(req);
    const { ctx, actor } = await this.moderator({ req, res });
    const form = readRoundForm(body);
    const coChairs = await this.coChairIds(ctx, form.coChairEmails);
    const dto = await validated(CreateRoundDto, roundInput(form, coChairs.ids));
    const refuse = (errors: string[]) => {
      res.status(HttpStatus.BAD_REQUEST);
      res.type('html').send(newRoundPage(ctx, { ...form, errors }).value);
    };
    if (!dto.value || coChairs.errors.length > 0) {
      return refuse([...coChairs.errors, ...dto.errors]);
    }
    try {
      const { id } = await this.commandBus.execute(
        new CreateRoundCommand(actor, { ...dto.value, closesAt: new Date(dto.value.closesAt) }),
      );
      res.redirect(303, `/console/rounds/${id}?done=created`);
    } catch (error) {
      // The rules the DTO cannot check (a closing time in the past, say) come back on the form.
      if (error instanceof InvalidInputError) return refuse([error.message]);
      throw error;
    }
  }

  /** Co-chairs named by email, as the API takes them by id; an email nobody has is said so. */
  private async coChairIds(ctx: PageContext, text: string) {
    const emails = [...new Set(text.split(/[\s,;]+/).filter((e) => e.length > 0))];
    if (emails.length > MAX_CO_CHAIRS) {
      return {
        ids: [],
        errors: [translate(ctx.locale, 'console.new.tooManyCoChairs', { max: MAX_CO_CHAIRS })],
      };
    }
    const found = await Promise.all(
      emails.map(async (email) => ({ email, users: await this.users.find(email) })),
    );
    const errors: string[] = [];
    const ids: string[] = [];
    for (const { email, users } of found) {
      const user = users[0];
      if (!user) errors.push(translate(ctx.locale, 'console.new.unknownEmail', { email }));
      else if (!user.roles.includes('co_chair'))
        errors.push(translate(ctx.locale, 'console.new.notCoChair', { email }));
      else ids.push(user.id);
    }
    return { ids: [...new Set(ids)], errors };
  }

  @Get('rounds/:id')
  async round(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ) {
    const { ctx, actor } = await this.moderator({ req, res });
    await this.renderRound({ req, res }, ctx, actor, id, pageOf(req.query.page));
  }

  @Post('rounds/:id/open')
  async open(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ) {
    assertSameOrigin(req);
    const { actor } = await this.moderator({ req, res });
    await this.commandBus.execute(new OpenRoundCommand(actor, id));
    this.back({ req, res }, id, 1, 'opened');
  }

  @Post('rounds/:id/close')
  async close(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ) {
    assertSameOrigin(req);
    const { actor } = await this.moderator({ req, res });
    await this.commandBus.execute(new CloseRoundCommand(id, actor));
    this.back({ req, res }, id, 1, 'closed');
  }

  /**
   * One action on a contribution of the queue: its form checked with the API's DTO, a refused
   * form shown again on the contribution's card, then back to the same page of the queue.
   */
  private async act<T extends object>(
    { req, res }: HttpPair,
    where: { roundId: string; contributionId: string; page: string | undefined },
    action: ActionSpec<T>,
  ) {
    assertSameOrigin(req);
    const { ctx, actor } = await this.moderator({ req, res });
    const { roundId, contributionId } = where;
    const page = pageOf(where.page);
    await this.contributionOf(actor, roundId, contributionId);
    const form = await validated(action.dto, action.input);
    if (!form.value) {
      const { body, reason, objectiveNumbers } = action.input;
      const typed = body ?? reason;
      return this.renderRound({ req, res }, ctx, actor, roundId, page, {
        contributionId,
        action: action.name,
        errors: form.errors,
        text: typeof typed === 'string' ? typed : undefined,
        objectiveNumbers: Array.isArray(objectiveNumbers)
          ? objectiveNumbers.filter((n): n is number => typeof n === 'number')
          : undefined,
      });
    }
    await action.run(actor, form.value);
    this.back({ req, res }, roundId, page, action.done, `#c-${contributionId}`);
  }

  /** Present only when filled: the DTOs take an absent reason, not an empty one. */
  private static optionalReason(body: FormBody) {
    const reason = field(body, 'reason')?.trim();
    return reason ? { reason } : {};
  }

  @Post('rounds/:id/contributions/:cid/reply')
  reply(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) roundId: string,
    @Param('cid', new ParseUUIDPipe()) contributionId: string,
    @Body() body: FormBody,
  ) {
    return this.act(
      { req, res },
      { roundId, contributionId, page: field(body, 'page') },
      {
        name: 'reply',
        dto: PostReplyDto,
        input: { body: field(body, 'body')?.trim() ?? '' },
        run: async (actor, dto) => {
          // A reply from the console is a moderator's: anyone else would post as a stakeholder.
          const round = await this.rounds.get(actor, roundId);
          assertModerates(actor, { ...round, closesAt: new Date(round.closesAt) });
          await this.rateLimiter.consume(LIMITS.posts, actor.id);
          await this.commandBus.execute(new PostReplyCommand(actor, contributionId, dto.body));
        },
        done: 'replied',
      },
    );
  }

  @Post('rounds/:id/contributions/:cid/hide')
  hide(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) roundId: string,
    @Param('cid', new ParseUUIDPipe()) contributionId: string,
    @Body() body: FormBody,
  ) {
    return this.act(
      { req, res },
      { roundId, contributionId, page: field(body, 'page') },
      {
        name: 'hide',
        dto: HideContributionDto,
        input: { reason: field(body, 'reason')?.trim() ?? '' },
        run: (actor, dto) =>
          this.commandBus.execute(new HideContributionCommand(actor, contributionId, dto.reason)),
        done: 'hidden',
      },
    );
  }

  @Post('rounds/:id/contributions/:cid/restore')
  restore(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) roundId: string,
    @Param('cid', new ParseUUIDPipe()) contributionId: string,
    @Body() body: FormBody,
  ) {
    return this.act(
      { req, res },
      { roundId, contributionId, page: field(body, 'page') },
      {
        name: 'restore',
        dto: RestoreContributionDto,
        input: ConsolePages.optionalReason(body),
        run: (actor, dto) =>
          this.commandBus.execute(
            new RestoreContributionCommand(actor, contributionId, dto.reason),
          ),
        done: 'restored',
      },
    );
  }

  @Post('rounds/:id/contributions/:cid/claims')
  correctClaim(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) roundId: string,
    @Param('cid', new ParseUUIDPipe()) contributionId: string,
    @Body() body: FormBody,
  ) {
    const objective = field(body, 'objective');
    return this.act(
      { req, res },
      { roundId, contributionId, page: field(body, 'page') },
      {
        name: 'claim',
        dto: CorrectClaimDto,
        input: {
          start: intField(field(body, 'start')),
          end: intField(field(body, 'end')),
          objective: objective === 'none' ? null : intField(objective),
          kind: field(body, 'kind'),
        },
        run: (actor, { reason, ...correction }) =>
          this.commandBus.execute(
            new CorrectClaimCommand(actor, contributionId, correction, reason),
          ),
        done: 'corrected',
      },
    );
  }

  @Post('rounds/:id/contributions/:cid/objectives')
  correctObjectives(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) roundId: string,
    @Param('cid', new ParseUUIDPipe()) contributionId: string,
    @Body() body: FormBody,
  ) {
    return this.act(
      { req, res },
      { roundId, contributionId, page: field(body, 'page') },
      {
        name: 'objectives',
        dto: CorrectObjectivesDto,
        input: {
          objectiveNumbers: fields(body, 'objectiveNumbers', OBJECTIVE_COUNT).map(intField),
          ...ConsolePages.optionalReason(body),
        },
        run: (actor, dto) =>
          this.commandBus.execute(
            new CorrectObjectivesCommand(actor, contributionId, dto.objectiveNumbers, dto.reason),
          ),
        done: 'corrected',
      },
    );
  }
}
