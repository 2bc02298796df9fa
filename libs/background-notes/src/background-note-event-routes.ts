import { jobFor, on } from '@convene/messaging';
import type { BackgroundNoteDraftedEvent } from './background-note-drafted.event';
import type { BackgroundNoteRequestedEvent } from './background-note-requested.event';

export const backgroundNoteEventRoutes = [
  on<BackgroundNoteRequestedEvent>('background_note.requested', (p) => [
    jobFor.prepareDraft(p.draftRequestId),
  ]),
  on<BackgroundNoteDraftedEvent>('background_note.drafted', (p) => [
    jobFor.notifyNoteReady(p.noteId),
  ]),
];
