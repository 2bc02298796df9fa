import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'questions' })
export class QuestionEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @PrimaryColumn({ type: 'int' })
  number: number;

  @Column({ name: 'text_en', type: 'text' })
  textEn: string;

  @Column({ name: 'text_fr', type: 'text', nullable: true })
  textFr: string | null;

  @Column({ name: 'text_es', type: 'text', nullable: true })
  textEs: string | null;
}
