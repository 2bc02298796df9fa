import { AccountPages } from './account.pages';
import { AssetsController } from './assets.controller';
import { ConsolePages } from './console.pages';
import { MyPages } from './my.pages';
import { NotesPages } from './notes.pages';
import { RoundsPages } from './rounds.pages';
import { PageContexts } from './web-context';
import { WebSession } from './web-session';

/** Paths the pages answer on, outside the API's /api prefix (none is an API path). */
export const WEB_PATHS = [
  '/',
  'sign-in',
  'register',
  'sign-out',
  'consultations{/*rest}',
  'my{/*rest}',
  'console{/*rest}',
  'notes{/*rest}',
  'assets{/*rest}',
];

/** The web interface: server-rendered pages over the same readers and commands as the API. */
export const WEB_CONTROLLERS = [
  AccountPages,
  RoundsPages,
  MyPages,
  ConsolePages,
  NotesPages,
  AssetsController,
];
export const WEB_PROVIDERS = [WebSession, PageContexts];
