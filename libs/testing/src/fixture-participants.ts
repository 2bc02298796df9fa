import type { ApiClient, TestUser } from './api-client';
import type { ImrfFixture } from './fixtures';

/**
 * A stakeholder account for each participant of the fixture's contributions, one per handle,
 * registered side by side: look one up by the handle a contribution names.
 */
export function fixtureParticipants(
  api: ApiClient,
  contributions: ImrfFixture['contributions'],
): (handle: string) => Promise<TestUser> {
  const participants = new Map<string, Promise<TestUser>>();
  for (const { participant } of contributions) {
    const { handle, organisation, stakeholderType } = participant;
    if (participants.has(handle)) continue;
    participants.set(
      handle,
      api.user(['stakeholder'], {
        displayName: `Participant ${handle}`,
        organisation: organisation ?? undefined,
        stakeholderType,
      }),
    );
  }
  return (handle) => {
    const user = participants.get(handle);
    if (!user) throw new Error(`no participant ${handle} in the fixture`);
    return user;
  };
}
