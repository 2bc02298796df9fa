import { Body, Controller, HttpCode, Ip, Post, UnauthorizedException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Authenticator, LoginDto, RegisterDto, RegisterUserCommand } from '@convene/accounts';
import { LIMITS, RateLimiter } from '../http/rate-limiter';
import { Public } from '../http/access.decorators';

@ApiTags('accounts')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly authenticator: Authenticator,
    private readonly rateLimiter: RateLimiter,
  ) {}

  @Post('register')
  async register(@Body() dto: RegisterDto, @Ip() ip: string) {
    await this.rateLimiter.consume(LIMITS.registrations, ip);
    return this.commandBus.execute(
      new RegisterUserCommand(
        dto.email,
        dto.password,
        dto.displayName,
        dto.organisation ?? null,
        dto.stakeholderType,
      ),
    );
  }

  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto) {
    const account = dto.email.toLowerCase();
    await this.rateLimiter.check(LIMITS.failedLogins, account);
    const accessToken = await this.authenticator.login(dto.email, dto.password);
    if (!accessToken) {
      await this.rateLimiter.record(LIMITS.failedLogins, account);
      throw new UnauthorizedException('wrong email or password');
    }
    return { accessToken, tokenType: 'Bearer' };
  }
}
