import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '@convene/common';
import { RoundAccessRepository, type RoundAccess } from '@convene/rounds';

export interface ContributionAccess {
  id: string;
  roundId: string;
  authorId: string;
  hidden: boolean;
}

/** Loads a contribution with the round facts its rules need. */
@Injectable()
export class ContributionAccessRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundAccessRepository,
  ) {}

  async load(
    contributionId: string,
    tx: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<{ contribution: ContributionAccess; round: RoundAccess }> {
    const rows: { id: string; round_id: string; author_id: string; hidden: boolean }[] =
      await tx.query(
        `SELECT id, round_id, author_id, hidden FROM contributions WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
        [contributionId],
      );
    const row = rows[0];
    if (!row) throw new NotFoundError('no contribution with this id');
    const round = await this.rounds.load(row.round_id);
    return {
      contribution: {
        id: row.id,
        roundId: row.round_id,
        authorId: row.author_id,
        hidden: row.hidden,
      },
      round,
    };
  }
}
