import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_KEYS } from '@convene/config';
import { ALL_QUEUES } from '@convene/messaging';

const ROOT = resolve(__dirname, '../..');
const compose = readFileSync(resolve(ROOT, 'docker/compose.yaml'), 'utf8');

// There is no Docker engine here: what can be checked without one is checked here.
describe('docker/compose.yaml', () => {
  it('passes every setting the apps read through to them', () => {
    const missing = CONFIG_KEYS.filter((key) => !new RegExp(`^\\s+${key}:`, 'm').test(compose));
    expect(missing).toEqual([]);
  });

  it('runs PostgreSQL, Redis, the migration, the api and the worker, each long-lived one checked', () => {
    const services = [...compose.matchAll(/^ {2}([a-z]+):$/gm)].map((m) => m[1]);
    expect(services).toEqual(
      expect.arrayContaining(['postgres', 'redis', 'migrate', 'api', 'worker']),
    );
    for (const service of ['postgres', 'redis', 'api', 'worker']) {
      const block = compose
        .split(new RegExp(`^ {2}${service}:$`, 'm'))[1]
        .split(/^ {2}[a-z]+:$/m)[0];
      expect([service, /healthcheck:/.test(block)]).toEqual([service, true]);
    }
  });

  it('has every queue taken by some worker service', () => {
    const taken = [...compose.matchAll(/WORKER_QUEUES: ([a-z,-]+)/g)].flatMap((m) =>
      m[1].split(','),
    );
    expect([...new Set(taken)].sort()).toEqual([...ALL_QUEUES].sort());
  });

  it('asks the worker on the port it gives the worker for its health endpoint', () => {
    const port = /WORKER_HEALTH_PORT: '(\d+)'/.exec(compose)?.[1];
    expect(compose).toContain(`http://127.0.0.1:${port}/health/live`);
  });
});
