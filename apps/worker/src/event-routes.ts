import type { Provider } from '@nestjs/common';
import { analysisLostWork, analysisRoutes } from '@convene/analysis';
import { draftingLostWork, draftingRoutes } from '@convene/background-notes';
import { EVENT_ROUTES, LOST_WORK } from '@convene/messaging';
import { notificationLostWork, notificationRoutes } from '@convene/notifications';
import { roundRoutes } from '@convene/rounds';

/** Each capability's routes of the events it reacts to, in one list the relay runs. */
export const EVENT_ROUTE_TABLE = [
  ...roundRoutes,
  ...analysisRoutes,
  ...draftingRoutes,
  ...notificationRoutes,
];

/** Each capability's lost-work queries, in one list the reconcile pass runs. */
export const LOST_WORK_TABLE = [...analysisLostWork, ...draftingLostWork, ...notificationLostWork];

export const routeProviders: Provider[] = [
  { provide: EVENT_ROUTES, useValue: EVENT_ROUTE_TABLE },
  { provide: LOST_WORK, useValue: LOST_WORK_TABLE },
];
