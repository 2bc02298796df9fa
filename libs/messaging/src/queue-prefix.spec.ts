import { loadConfig } from '@convene/config';
import { queuePrefix } from './queue-prefix';

describe('queuePrefix', () => {
  it('is QUEUE_PREFIX on a single Redis', () => {
    const config = loadConfig({ QUEUE_PREFIX: 'acme' });
    expect(queuePrefix(config, 'analysis')).toBe('acme');
    expect(queuePrefix(config, 'synthesis')).toBe('acme');
  });

  it('is a hash tag per queue on a cluster, synthesis in drafting’s', () => {
    const config = loadConfig({ QUEUE_PREFIX: 'acme', REDIS_CLUSTER_NODES: '127.0.0.1:7000' });
    expect(queuePrefix(config, 'analysis')).toBe('{acme:analysis}');
    expect(queuePrefix(config, 'drafting')).toBe('{acme:drafting}');
    expect(queuePrefix(config, 'synthesis')).toBe('{acme:drafting}');
  });
});
