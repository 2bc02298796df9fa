import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'objectives' })
export class ObjectiveEntity {
  @PrimaryColumn({ type: 'int' })
  number: number;

  @Column({ name: 'title_en', type: 'text' })
  titleEn: string;

  @Column({ name: 'title_fr', type: 'text' })
  titleFr: string;

  @Column({ name: 'title_es', type: 'text' })
  titleEs: string;
}
