import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@convene/common';
import type { NotesVisibility } from './notes-visibility-policy';
import type { RoundStatus } from './round-policy';

@Entity({ name: 'rounds' })
export class RoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'objective_numbers', type: 'int', array: true })
  objectiveNumbers: number[];

  @Column({ type: 'text', array: true })
  languages: Language[];

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ name: 'note_word_target', type: 'int' })
  noteWordTarget: number;

  @Column({ type: 'text' })
  status: RoundStatus;

  @Column({ name: 'notes_visibility', type: 'text' })
  notesVisibility: NotesVisibility;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
