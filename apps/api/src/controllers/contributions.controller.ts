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
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Actor } from '@convene/common';
import {
  ClaimCorrectionLogEntryResponse,
  ClaimsCorrectedResponse,
  ContributionDetailResponse,
  ContributionPageResponse,
  ContributionReader,
  ContributionVisibilityResponse,
  CorrectClaimCommand,
  CorrectClaimDto,
  CorrectionLogReader,
  CorrectObjectivesCommand,
  CorrectObjectivesDto,
  HideContributionCommand,
  HideContributionDto,
  ListContributionsQuery,
  ObjectivesCorrectedResponse,
  ObjectivesCorrectionLogEntryResponse,
  PostedReplyResponse,
  PostReplyCommand,
  PostReplyDto,
  RestoreContributionCommand,
  RestoreContributionDto,
  SubmissionReceiptResponse,
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
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      '1 to 255 visible ASCII characters: the same key and body replay the first answer; another body gets 422',
  })
  @ApiAcceptedResponse({
    type: SubmissionReceiptResponse,
    description: 'Stored; the analysis follows',
  })
  async submit(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) roundId: string,
    @Body() dto: SubmitContributionDto,
    // Named as documented, so the spec lists the header once.
    @Headers('Idempotency-Key') idempotencyKey?: string,
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
  @ApiOkResponse({
    type: ContributionPageResponse,
    description: 'Oldest first; hidden ones only for the round’s moderators',
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) roundId: string,
    @Query() query: ListContributionsQuery,
  ) {
    return this.contributions.list(actor, roundId, query);
  }

  @Get('contributions/:id')
  @ApiOkResponse({ type: ContributionDetailResponse })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.contributions.get(actor, id);
  }

  @Post('contributions/:id/replies')
  @ApiCreatedResponse({ type: PostedReplyResponse })
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
  @ApiOkResponse({ type: ContributionVisibilityResponse })
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
  @ApiOkResponse({ type: ContributionVisibilityResponse })
  restore(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RestoreContributionDto,
  ) {
    return this.commandBus.execute(new RestoreContributionCommand(actor, id, dto.reason));
  }

  @Put('contributions/:id/objectives')
  @Roles('moderator')
  @ApiOkResponse({ type: ObjectivesCorrectedResponse })
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
  @ApiOkResponse({ type: ClaimsCorrectedResponse })
  correctClaim(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() { reason, ...correction }: CorrectClaimDto,
  ) {
    return this.commandBus.execute(new CorrectClaimCommand(actor, id, correction, reason));
  }

  @Get('contributions/:id/corrections')
  @Roles('moderator')
  @ApiExtraModels(ObjectivesCorrectionLogEntryResponse, ClaimCorrectionLogEntryResponse)
  @ApiOkResponse({
    description: 'Newest first',
    schema: {
      type: 'array',
      items: {
        oneOf: [
          { $ref: getSchemaPath(ObjectivesCorrectionLogEntryResponse) },
          { $ref: getSchemaPath(ClaimCorrectionLogEntryResponse) },
        ],
        discriminator: {
          propertyName: 'what',
          mapping: {
            objectives: getSchemaPath(ObjectivesCorrectionLogEntryResponse),
            claim: getSchemaPath(ClaimCorrectionLogEntryResponse),
          },
        },
      },
    },
  })
  corrections(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.correctionLog.list(actor, id);
  }
}
