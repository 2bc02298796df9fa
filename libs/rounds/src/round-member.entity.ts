import { Entity, PrimaryColumn } from 'typeorm';
import type { MemberRole } from './round-policy';

@Entity({ name: 'round_members' })
export class RoundMemberEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  role: MemberRole;
}
