import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { NotificationEntity, type NotificationType } from './notification.entity';

export interface NotificationView {
  id: string;
  type: NotificationType;
  roundId: string | null;
  contributionId: string | null;
  createdAt: string;
  readAt: string | null;
}

@Injectable()
export class NotificationReader {
  constructor(
    @InjectRepository(NotificationEntity)
    private readonly notifications: Repository<NotificationEntity>,
  ) {}

  async forUser(userId: string, unreadOnly = false): Promise<NotificationView[]> {
    const rows = await this.notifications.find({
      where: unreadOnly ? { userId, readAt: IsNull() } : { userId },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return rows.map((n) => ({
      id: n.id,
      type: n.type,
      roundId: n.roundId,
      contributionId: n.contributionId,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    }));
  }
}
