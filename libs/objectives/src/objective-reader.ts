import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { ObjectiveTitle } from './gcm-objectives';
import { ObjectiveEntity } from './objective.entity';

/** Reference data that changes only with a migration: read once, then served from memory. */
@Injectable()
export class ObjectiveReader {
  private cached?: Promise<ObjectiveTitle[]>;

  constructor(
    @InjectRepository(ObjectiveEntity) private readonly objectives: Repository<ObjectiveEntity>,
  ) {}

  all(): Promise<ObjectiveTitle[]> {
    this.cached ??= this.objectives.find({ order: { number: 'ASC' } }).then((rows) =>
      rows.map((o) => ({
        number: o.number,
        title: { en: o.titleEn, fr: o.titleFr, es: o.titleEs },
      })),
    );
    this.cached.catch(() => (this.cached = undefined));
    return this.cached;
  }
}
