import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@convene/common';
import {
  ContributionReader,
  CorrectClaimCommand,
  CorrectClaimDto,
  CorrectionLogReader,
  CorrectObjectivesCommand,
  CorrectObjectivesDto,
  HideContributionCommand,
  HideContributionDto,
  ListContributionsQuery,
  PostReplyCommand,
  PostReplyDto,
  RestoreContributionCommand,
  RestoreContributionDto,
  SubmitContributionCommand,
  SubmitContributionDto,
} from '@convene/contributions';
import { CurrentActor } from '../http/current-actor.decorator';
import { Roles } from '../http/access.decorators';
import { LIMITS, RateLimiter } from '../http/rate-limiter';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

@ApiTags('contributions')
@ApiBearerAuth()
@Controller()
export class ContributionsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly contributions: ContributionReader,
    private readonly correctionLog: CorrectionLogReader,
    private readonly rateLimiter: RateLimiter,
  ) {}

  @Post('rounds/:id/contributions')
  @HttpCode(202)
  @Roles('stakeholder')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async submit(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) roundId: string,
    @Body() dto: SubmitContributionDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new BadRequestException('Idempotency-Key must be 1 to 255 visible ASCII characters');
    }
    await this.rateLimiter.consume(LIMITS.posts, actor.id);
    return this.commandBus.execute(
      new SubmitContributionCommand(actor, { roundId, ...dto }, idempotencyKey),
    );
  }

  @Get('rounds/:id/contributions')
  list(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) roundId: string,
    @Query() query: ListContributionsQuery,
  ) {
    return this.contributions.list(actor, roundId, query);
  }

  @Get('contributions/:id')
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.contributions.get(actor, id);
  }

  @Post('contributions/:id/replies')
  async reply(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: PostReplyDto,
  ) {
    await this.rateLimiter.consume(LIMITS.posts, actor.id);
    return this.commandBus.execute(new PostReplyCommand(actor, id, dto.body, dto.parentReplyId));
  }

  @Post('contributions/:id/hide')
  @HttpCode(200)
  @Roles('moderator')
  hide(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: HideContributionDto,
  ) {
    return this.commandBus.execute(new HideContributionCommand(actor, id, dto.reason));
  }

  @Post('contributions/:id/restore')
  @HttpCode(200)
  @Roles('moderator')
  restore(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RestoreContributionDto,
  ) {
    return this.commandBus.execute(new RestoreContributionCommand(actor, id, dto.reason));
  }

  @Put('contributions/:id/objectives')
  @Roles('moderator')
  correctObjectives(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: CorrectObjectivesDto,
  ) {
    return this.commandBus.execute(
      new CorrectObjectivesCommand(actor, id, dto.objectiveNumbers, dto.reason),
    );
  }

  @Post('contributions/:id/claim-corrections')
  @HttpCode(200)
  @Roles('moderator')
  correctClaim(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() { reason, ...correction }: CorrectClaimDto,
  ) {
    return this.commandBus.execute(new CorrectClaimCommand(actor, id, correction, reason));
  }

  @Get('contributions/:id/corrections')
  @Roles('moderator')
  corrections(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.correctionLog.list(actor, id);
  }
}
