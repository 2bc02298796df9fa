import {
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import {
  BackgroundNoteReader,
  BackgroundNoteResponse,
  BackgroundNoteSummaryResponse,
  DraftRequestedResponse,
  ObjectiveSynthesisResponse,
  renderNoteDocx,
  RequestDraftCommand,
} from '@convene/background-notes';
import type { Actor } from '@convene/common';
import { NotesVisibilityResponse, SetNotesVisibilityCommand } from '@convene/rounds';
import { CurrentActor } from '../http/current-actor.decorator';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Markdown only when asked for it before JSON: browsers and API clients get JSON. */
function wantsMarkdown(accept: string | undefined): boolean {
  const types = (accept ?? '').split(',').map((t) => t.split(';')[0].trim().toLowerCase());
  const markdown = types.indexOf('text/markdown');
  const json = types.indexOf('application/json');
  return markdown >= 0 && (json < 0 || markdown < json);
}

@ApiTags('background notes')
@ApiBearerAuth()
@Controller('rounds/:id')
export class BackgroundNotesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly notes: BackgroundNoteReader,
  ) {}

  @Get('syntheses')
  @ApiOkResponse({
    type: [ObjectiveSynthesisResponse],
    description: 'What the latest note was drafted from, one per objective under review',
  })
  syntheses(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.notes.syntheses(actor, id);
  }

  @Get('background-notes')
  @ApiOkResponse({ type: [BackgroundNoteSummaryResponse], description: 'Newest first' })
  versions(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.notes.versions(actor, id);
  }

  @Get('background-notes/latest')
  @ApiProduces('application/json', 'text/markdown')
  @ApiExtraModels(BackgroundNoteResponse)
  @ApiOkResponse({
    description: 'JSON, or the Markdown alone when `Accept` asks for text/markdown before JSON',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(BackgroundNoteResponse) } },
      'text/markdown': { schema: { type: 'string' } },
    },
  })
  async latest(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const note = await this.notes.latest(actor, id);
    res.vary('Accept');
    if (!wantsMarkdown(accept)) return note;
    res.type('text/markdown; charset=utf-8');
    return note.markdown;
  }

  @Get('background-notes/latest.docx')
  @ApiProduces(DOCX)
  @ApiOkResponse({
    description: 'The latest note as a Word document',
    content: { [DOCX]: { schema: { type: 'string', format: 'binary' } } },
  })
  async latestDocx(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    const note = await this.notes.latest(actor, id);
    const file = await renderNoteDocx(note, {
      roundTitle: note.roundTitle,
      version: note.version,
      generatedAt: new Date(note.generatedAt),
    });
    return new StreamableFile(file, {
      type: DOCX,
      disposition: `attachment; filename="background-note-v${note.version}.docx"`,
    });
  }

  @Post('background-notes')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: DraftRequestedResponse })
  async redraft(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    const result = await this.commandBus.execute(
      new RequestDraftCommand(id, 'requested', `requested:${randomUUID()}`, actor),
    );
    return {
      roundId: id,
      status: 'synthesizing',
      draftRequestId: 'draftRequestId' in result ? result.draftRequestId : null,
    };
  }

  /** Everyone who may see the round reads its syntheses and notes from now on. */
  @Post('background-notes/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: NotesVisibilityResponse })
  publish(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.commandBus.execute(new SetNotesVisibilityCommand(actor, id, 'published'));
  }

  /** Back to the round's moderators and co-chairs only. */
  @Post('background-notes/unpublish')
  @HttpCode(200)
  @ApiOkResponse({ type: NotesVisibilityResponse })
  unpublish(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.commandBus.execute(new SetNotesVisibilityCommand(actor, id, 'restricted'));
  }
}
