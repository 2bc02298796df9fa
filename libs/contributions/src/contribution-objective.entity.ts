import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ObjectiveSource = 'declared' | 'explicit' | 'inferred';

@Entity({ name: 'contribution_objectives' })
export class ContributionObjectiveEntity {
  @PrimaryColumn({ name: 'contribution_id', type: 'uuid' })
  contributionId: string;

  @PrimaryColumn({ name: 'objective_number', type: 'int' })
  objectiveNumber: number;

  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'text' })
  source: ObjectiveSource;
}
