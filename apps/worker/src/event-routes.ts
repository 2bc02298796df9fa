import type { Provider } from '@nestjs/common';
import { analysisLostWork } from '@convene/analysis';
import { backgroundNoteEventRoutes, draftingLostWork } from '@convene/background-notes';
import { contributionEventRoutes } from '@convene/contributions';
import { EVENT_ROUTES, LOST_WORK } from '@convene/messaging';
import { notificationsLostWork } from '@convene/notifications';
import { roundEventRoutes } from '@convene/rounds';

/** Each capability's event routes, in one list the relay runs. */
export const EVENT_ROUTE_TABLE = [
  ...roundEventRoutes,
  ...contributionEventRoutes,
  ...backgroundNoteEventRoutes,
];

/** Each capability's lost-work queries, in one list the reconcile pass runs. */
export const LOST_WORK_TABLE = [...analysisLostWork, ...draftingLostWork, ...notificationsLostWork];

export const routeProviders: Provider[] = [
  { provide: EVENT_ROUTES, useValue: EVENT_ROUTE_TABLE },
  { provide: LOST_WORK, useValue: LOST_WORK_TABLE },
];
