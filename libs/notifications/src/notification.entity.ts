import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_TYPES = ['moderator_reply', 'background_note.ready'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  type: NotificationType;

  @Column({ name: 'round_id', type: 'uuid', nullable: true })
  roundId: string | null;

  @Column({ name: 'contribution_id', type: 'uuid', nullable: true })
  contributionId: string | null;

  @Column({ name: 'reply_id', type: 'uuid', nullable: true })
  replyId: string | null;

  /** What caused it; unique per user, so a redelivered event notifies once. */
  @Column({ name: 'source_key', type: 'text' })
  sourceKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
