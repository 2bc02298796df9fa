import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@convene/common';
import { ContributionReader } from '@convene/contributions';
import { NotificationReader } from '@convene/notifications';
import { RoundReader } from '@convene/rounds';
import { Public } from '../http/access.decorators';
import { myContributionsPage, notificationsPage } from './views/my.view';
import { PageContexts, type WebRequest } from './web-context';
import { WebErrorFilter } from './web-error.filter';

@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('my')
export class MyPages {
  constructor(
    private readonly pages: PageContexts,
    private readonly rounds: RoundReader,
    private readonly contributions: ContributionReader,
    private readonly notifications: NotificationReader,
  ) {}

  /** Titles of the rounds the actor may see: one query, whatever the number of items. */
  private async titles(actor: Actor) {
    return new Map((await this.rounds.list(actor)).map((r) => [r.id, r.title]));
  }

  @Get('contributions')
  async mine(@Req() req: WebRequest, @Res() res: Response) {
    const { ctx, actor } = await this.pages.signedIn(req, res);
    const [contributions, titles] = await Promise.all([
      this.contributions.byAuthor(actor),
      this.titles(actor),
    ]);
    res.type('html').send(myContributionsPage(ctx, contributions, titles).value);
  }

  @Get('notifications')
  async notificationsList(@Req() req: WebRequest, @Res() res: Response) {
    const { ctx, actor } = await this.pages.signedIn(req, res);
    const [notifications, titles] = await Promise.all([
      this.notifications.forUser(actor.id),
      this.titles(actor),
    ]);
    res.type('html').send(notificationsPage(ctx, notifications, titles).value);
  }
}
