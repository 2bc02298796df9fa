import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'moderation_log' })
export class ModerationLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'contribution_id', type: 'uuid' })
  contributionId: string;

  @Column({ name: 'moderator_id', type: 'uuid' })
  moderatorId: string;

  @Column({ type: 'text' })
  action: 'hide' | 'restore';

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
