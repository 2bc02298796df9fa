import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import type { Role } from '@convene/common';
import { UNKNOWN_USER_HASH, verifyPassword } from './password-hasher';

export interface TokenClaims {
  sub: string;
  roles: Role[];
}

@Injectable()
export class Authenticator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
  ) {}

  /** The access token for these credentials, or null when they are wrong. */
  async login(email: string, password: string): Promise<string | null> {
    const rows: { id: string; password_hash: string; roles: Role[] }[] =
      await this.dataSource.query(
        `SELECT id, password_hash, roles FROM users WHERE lower(email) = lower($1)`,
        [email],
      );
    const user = rows[0];
    const valid = await verifyPassword(password, user?.password_hash ?? UNKNOWN_USER_HASH);
    if (!user || !valid) return null;
    const claims: TokenClaims = { sub: user.id, roles: user.roles };
    return this.jwt.signAsync(claims);
  }

  /**
   * The user a token stands for; throws when it is invalid or expired. Its roles claim is for
   * clients: what a user may do is read from the account (RoleDirectory).
   */
  verify(token: string): string {
    const claims = this.jwt.verify<TokenClaims & { exp?: unknown }>(token);
    // A token that never expires is not one this API issues: refuse it even if signed.
    if (typeof claims.exp !== 'number') throw new Error('the token has no expiry');
    return claims.sub;
  }
}
