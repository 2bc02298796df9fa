import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Raw, Repository } from 'typeorm';
import type { Role } from '@convene/common';
import { UserEntity } from './user.entity';

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}

@Injectable()
export class UserReader {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** Users whose email is the one given (case-insensitive), or the newest when none is. */
  async find(email?: string): Promise<UserSummary[]> {
    const rows = await this.users.find({
      where: email ? { email: Raw((column) => `lower(${column}) = lower(:email)`, { email }) } : {},
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return rows.map((u) => ({
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      roles: u.roles,
    }));
  }
}
