import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Authenticator, RoleDirectory } from '@convene/accounts';
import { hasRole, type Role } from '@convene/common';
import type { AuthenticatedRequest } from './current-actor.decorator';
import { IS_PUBLIC, REQUIRED_ROLES } from './access.decorators';

/**
 * Every route needs a valid bearer token unless marked public; @Roles narrows it further.
 * The token says who; the roles come from the account (cached for a few seconds).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly directory: RoleDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token)
      throw new UnauthorizedException('a bearer token is required');
    let userId: string;
    try {
      userId = this.authenticator.verify(token);
    } catch {
      throw new UnauthorizedException('the access token is invalid or has expired');
    }
    // The account's roles now, not those the token was issued with.
    const current = await this.directory.rolesOf(userId);
    if (!current) throw new UnauthorizedException('this account no longer exists');
    request.actor = { id: userId, roles: current };
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((role) => hasRole(request.actor!, role))) {
      throw new ForbiddenException(`this needs the role ${roles.join(' or ')}`);
    }
    return true;
  }
}
