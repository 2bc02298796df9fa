import { Injectable } from '@nestjs/common';
import { ConflictError } from '@convene/common';
import { LIMITS, RateLimiter } from './rate-limiter';

/**
 * The limits around signing in and signing up, for the API and the web pages alike.
 *
 * Login: every attempt from an
 * address counts (each costs a password hash); a failure counts against the account from that
 * client and, more loosely, from all clients. Failures are counted before the password is
 * checked and given back on success, so parallel wrong guesses are refused like serial ones.
 */
@Injectable()
export class AccountThrottle {
  constructor(private readonly limiter: RateLimiter) {}

  async login<T>(email: string, ip: string, login: () => Promise<T | null>): Promise<T | null> {
    const account = email.toLowerCase();
    await this.limiter.consume(LIMITS.loginAttempts, ip);
    const releaseClient = await this.limiter.reserve(LIMITS.failedLogins, `${account}\n${ip}`);
    const releaseAccount = await this.limiter.reserve(LIMITS.accountFailedLogins, account);
    const giveBack = () => Promise.all([releaseClient(), releaseAccount()]);
    let result: T | null;
    try {
      result = await login();
    } catch (error) {
      await giveBack();
      throw error;
    }
    if (result !== null) await giveBack();
    return result;
  }

  /**
   * Registration: accounts created from one address. An email already taken (409) gives its
   * count back, so that retries behind one proxy address do not block everyone's sign-ups.
   */
  async register<T>(ip: string, register: () => Promise<T>): Promise<T> {
    const release = await this.limiter.reserve(LIMITS.registrations, ip);
    try {
      return await register();
    } catch (error) {
      if (error instanceof ConflictError) await release();
      throw error;
    }
  }
}
