import { Body, Controller, Get, HttpStatus, Post, Req, Res, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticator, LoginDto, RegisterDto, RegisterUserCommand } from '@convene/accounts';
import { Public } from '../http/access.decorators';
import { AccountThrottle } from '../http/account-throttle';
import { field, validated, type FormBody } from './form-input';
import { translate } from './i18n';
import { assertSameOrigin } from './same-origin';
import { homePage, registerPage, signInPage } from './views/account.view';
import { PageContexts, type WebRequest } from './web-context';
import { WebErrorFilter } from './web-error.filter';
import { WebSession } from './web-session';

/** Where to go after signing in: only a path of this site, never another host. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : '/consultations';
}

@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller()
export class AccountPages {
  constructor(
    private readonly pages: PageContexts,
    private readonly session: WebSession,
    private readonly commandBus: CommandBus,
    private readonly authenticator: Authenticator,
    private readonly throttle: AccountThrottle,
  ) {}

  @Get()
  async home(@Req() req: WebRequest, @Res() res: Response) {
    const ctx = await this.pages.of(req, res);
    if (ctx.actor) return res.redirect(303, '/consultations');
    res.type('html').send(homePage(ctx).value);
  }

  @Get('sign-in')
  async signInForm(@Req() req: WebRequest, @Res() res: Response) {
    const ctx = await this.pages.of(req, res);
    const next = typeof req.query.next === 'string' ? req.query.next : undefined;
    res.type('html').send(signInPage(ctx, { next }).value);
  }

  @Post('sign-in')
  async signIn(@Req() req: WebRequest, @Res() res: Response, @Body() body: FormBody) {
    assertSameOrigin(req);
    const ctx = await this.pages.of(req, res);
    const email = field(body, 'email') ?? '';
    const next = field(body, 'next');
    const form = await validated(LoginDto, { email, password: field(body, 'password') ?? '' });
    if (!form.value) {
      res.status(HttpStatus.BAD_REQUEST);
      return res.type('html').send(signInPage(ctx, { email, next, errors: form.errors }).value);
    }
    const { email: account, password } = form.value;
    const token = await this.throttle.login(account, req.ip ?? 'unknown', () =>
      this.authenticator.login(account, password),
    );
    if (!token) {
      res.status(HttpStatus.UNAUTHORIZED);
      const errors = [translate(ctx.locale, 'auth.wrongCredentials')];
      return res.type('html').send(signInPage(ctx, { email, next, errors }).value);
    }
    this.session.signIn(res, req, token);
    res.redirect(303, safeNext(next));
  }

  @Get('register')
  async registerForm(@Req() req: WebRequest, @Res() res: Response) {
    const ctx = await this.pages.of(req, res);
    res.type('html').send(registerPage(ctx).value);
  }

  @Post('register')
  async register(@Req() req: WebRequest, @Res() res: Response, @Body() body: FormBody) {
    assertSameOrigin(req);
    const ctx = await this.pages.of(req, res);
    const input = {
      email: field(body, 'email') ?? '',
      password: field(body, 'password') ?? '',
      displayName: field(body, 'displayName') ?? '',
      stakeholderType: field(body, 'stakeholderType') ?? '',
      ...(field(body, 'organisation') ? { organisation: field(body, 'organisation') } : {}),
    };
    const form = await validated(RegisterDto, input);
    if (!form.value) {
      res.status(HttpStatus.BAD_REQUEST);
      return res.type('html').send(registerPage(ctx, { ...input, errors: form.errors }).value);
    }
    const dto = form.value;
    await this.throttle.register(req.ip ?? 'unknown', () =>
      this.commandBus.execute(
        new RegisterUserCommand(
          dto.email,
          dto.password,
          dto.displayName,
          dto.organisation ?? null,
          dto.stakeholderType,
        ),
      ),
    );
    const token = await this.authenticator.login(dto.email, dto.password);
    if (token) this.session.signIn(res, req, token);
    res.redirect(303, '/consultations?welcome=1');
  }

  @Post('sign-out')
  signOut(@Req() req: WebRequest, @Res() res: Response) {
    assertSameOrigin(req);
    this.session.signOut(res, req);
    res.redirect(303, '/?signed-out=1');
  }
}
