import { InitialSchema1795600000000 } from './1795600000000-initial-schema';
import { GcmObjectives1795600000001 } from './1795600000001-gcm-objectives';
import { Synthesis1795600000002 } from './1795600000002-synthesis';
import { ReconcileIndexes1795600000003 } from './1795600000003-reconcile-indexes';
import { NotesVisibility1795600000004 } from './1795600000004-notes-visibility';
import { Corrections1795600000005 } from './1795600000005-corrections';
import { AnalysisClaims1795600000006 } from './1795600000006-analysis-claims';
import { DropOutboxNotify1795600000007 } from './1795600000007-drop-outbox-notify';

/** Every migration, oldest first. Listed by hand so bundled builds carry them. */
export const MIGRATIONS = [
  InitialSchema1795600000000,
  GcmObjectives1795600000001,
  Synthesis1795600000002,
  ReconcileIndexes1795600000003,
  NotesVisibility1795600000004,
  Corrections1795600000005,
  AnalysisClaims1795600000006,
  DropOutboxNotify1795600000007,
];
