import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'replies' })
export class ReplyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contribution_id', type: 'uuid' })
  contributionId: string;

  /** The reply this one answers; null for a reply to the contribution itself. */
  @Column({ name: 'parent_reply_id', type: 'uuid', nullable: true })
  parentReplyId: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'is_moderator_reply', type: 'boolean' })
  isModeratorReply: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
