import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@convene/common';

export type ContributionStatus = 'received' | 'analysed';

@Entity({ name: 'contributions' })
export class ContributionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Column({ name: 'question_number', type: 'int' })
  questionNumber: number;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'declared_language', type: 'text', nullable: true })
  declaredLanguage: Language | null;

  /** Filled in by the analysis. */
  @Column({ type: 'text', nullable: true })
  language: string | null;

  @Column({ name: 'declared_objectives', type: 'int', array: true })
  declaredObjectives: number[];

  @Column({ type: 'text' })
  status: ContributionStatus;

  @Column({ type: 'boolean' })
  hidden: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
