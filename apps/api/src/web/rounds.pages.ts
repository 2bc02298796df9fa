import { randomUUID } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
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
import { ConflictError, hasRole, NotFoundError } from '@convene/common';
import {
  ContributionReader,
  SubmitContributionCommand,
  SubmitContributionDto,
} from '@convene/contributions';
import { RoundReader } from '@convene/rounds';
import { Public } from '../http/access.decorators';
import { LIMITS, RateLimiter } from '../http/rate-limiter';
import { field, fields, intField, validated, type FormBody } from './form-input';
import { translate } from './i18n';
import { mayReadNotes } from './notes.pages';
import { assertSameOrigin } from './same-origin';
import { contributePage, roundPage, roundsPage } from './views/rounds.view';
import { PageContexts, type WebRequest } from './web-context';
import { WebErrorFilter } from './web-error.filter';

const PAGE_SIZE = 20;
const IDEMPOTENCY_KEY = /^[0-9a-f-]{36}$/;

/** How long a second click waits for the first one's answer before it gives up. */
const IN_FLIGHT_RETRIES = 20;
const IN_FLIGHT_WAIT_MS = 100;

@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('consultations')
export class RoundsPages {
  constructor(
    private readonly pages: PageContexts,
    private readonly rounds: RoundReader,
    private readonly contributions: ContributionReader,
    private readonly commandBus: CommandBus,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /**
   * A browser shows the answer to the last of two clicks: while the first is still being
   * stored, the second waits for its answer instead of showing a conflict.
   */
  private async submitOnce(command: SubmitContributionCommand) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.commandBus.execute(command);
      } catch (error) {
        if (!(error instanceof ConflictError) || !/still being processed/.test(error.message))
          throw error;
        if (attempt >= IN_FLIGHT_RETRIES) throw error;
        await setTimeout(IN_FLIGHT_WAIT_MS);
      }
    }
  }

  @Get()
  async list(@Req() req: WebRequest, @Res() res: Response) {
    const { ctx, actor } = await this.pages.signedIn(req, res);
    if (req.query.welcome) ctx.notice = translate(ctx.locale, 'auth.registered');
    const rounds = await this.rounds.list(actor);
    res.type('html').send(roundsPage(ctx, rounds).value);
  }

  @Get(':id')
  async round(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ) {
    const { ctx, actor } = await this.pages.signedIn(req, res);
    const query = req.query;
    const question = intField(typeof query.question === 'string' ? query.question : undefined);
    const questionNumber = typeof question === 'number' ? question : undefined;
    const cursor =
      typeof query.after === 'string' && query.after.length <= 200 ? query.after : undefined;
    const round = await this.rounds.get(actor, id);
    const page = await this.contributions.threads(actor, id, {
      questionNumber,
      limit: PAGE_SIZE,
      cursor,
    });
    if (query.contributed) ctx.notice = translate(ctx.locale, 'contribute.thanks');
    res.type('html').send(
      roundPage(ctx, round, page.items, {
        question: questionNumber,
        nextCursor: page.nextCursor,
        canContribute: round.status === 'open' && hasRole(actor, 'stakeholder'),
        canReadNotes: mayReadNotes(actor, round),
      }).value,
    );
  }

  @Get(':id/contribute')
  async contributeForm(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ) {
    const { ctx, actor } = await this.pages.signedIn(req, res);
    const round = await this.rounds.get(actor, id);
    if (round.status !== 'open' || !hasRole(actor, 'stakeholder')) {
      throw new NotFoundError(translate(ctx.locale, 'contribute.closed'));
    }
    res.type('html').send(contributePage(ctx, round, { idempotencyKey: randomUUID() }).value);
  }

  @Post(':id/contribute')
  async contribute(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: FormBody,
  ) {
    assertSameOrigin(req);
    const { ctx, actor } = await this.pages.signedIn(req, res);
    const key = field(body, 'idempotencyKey');
    const idempotencyKey = key && IDEMPOTENCY_KEY.test(key) ? key : randomUUID();
    const input = {
      questionNumber: intField(field(body, 'questionNumber')),
      body: field(body, 'body') ?? '',
      ...(field(body, 'language') ? { language: field(body, 'language') } : {}),
      objectiveNumbers: fields(body, 'objectiveNumbers', 23).map(intField),
    };
    const form = await validated(SubmitContributionDto, input);
    if (!form.value) {
      const round = await this.rounds.get(actor, id);
      res.status(HttpStatus.BAD_REQUEST);
      return res.type('html').send(
        contributePage(ctx, round, {
          questionNumber:
            typeof input.questionNumber === 'number' ? input.questionNumber : undefined,
          language: input.language,
          objectiveNumbers: input.objectiveNumbers.filter(
            (n): n is number => typeof n === 'number',
          ),
          body: input.body,
          idempotencyKey,
          errors: form.errors,
        }).value,
      );
    }
    await this.rateLimiter.consume(LIMITS.posts, actor.id);
    const receipt = await this.submitOnce(
      new SubmitContributionCommand(actor, { roundId: id, ...form.value }, idempotencyKey),
    );
    res.redirect(303, `/consultations/${id}?contributed=1#c-${receipt.id}`);
  }
}
