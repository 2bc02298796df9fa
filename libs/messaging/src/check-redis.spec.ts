import { evictionPolicyWarning } from './check-redis';

describe('evictionPolicyWarning', () => {
  it('is quiet for noeviction, and when the policy cannot be read (CONFIG disabled)', () => {
    expect(evictionPolicyWarning('noeviction')).toBeNull();
    expect(evictionPolicyWarning(null)).toBeNull();
  });

  it.each(['allkeys-lru', 'volatile-lru', 'allkeys-random', 'volatile-ttl'])(
    'warns for %s',
    (policy) => expect(evictionPolicyWarning(policy)).toContain(policy),
  );
});
