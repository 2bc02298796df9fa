/**
 * What the suite hands the typed flow and reads back. Kept apart from flow.ts, which only
 * compiles once the suite has generated the spec's types, so the suite can import this.
 */
export interface Credentials {
  email: string;
  password: string;
}

export interface FlowResult {
  roundId: string;
  /** The round's status as the API gave it after each step. */
  statuses: { created: string; opened: string; closed: string; settled: string };
  contributionIds: string[];
  /** The id the same Idempotency-Key and body got the second time. */
  replayedId: string;
  /** Contribution ids page by page, one a page. */
  pages: string[][];
  /** The first contribution's language as the API read it back. */
  language: string | null;
  reply: { id: string; isModeratorReply: boolean };
  /** Reply ids under the first contribution, as read back. */
  thread: string[];
  /** The author's unread notifications, by type and contribution. */
  notifications: { type: string; contributionId: string | null }[];
  /** What submitting to the closed round answered. */
  lateSubmission: { status: number; statusCode: number };
  listedRoundIds: string[];
  contributionCount: number;
}

/**
 * Signs in as the admin, signs up a moderator and an author, and plays a round through the
 * generated client; `settle` returns once the worker has done what the API queued.
 */
export type RunFlow = (
  baseUrl: string,
  admin: Credentials,
  settle: () => Promise<void>,
) => Promise<FlowResult>;
