import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/**
 * Writes kept outside their owner on purpose, each with its reason in docs/architecture.md.
 * Anything else writing another library's table fails here.
 */
const ALLOWED_FOREIGN_WRITES = [
  // The submission hot path: contribution, idempotency key and event in one round trip.
  'libs/contributions/src/submit-contribution.sql.ts writes outbox',
];

const WRITE =
  /\b(FOR\s+)?(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+"?([a-z_]+)"?/gi;
const NOT_TABLES = new Set(['set', 'only']);

/** The tables an SQL-bearing source text writes, by statement keyword. */
export function writtenTables(text: string): string[] {
  const tables = [...text.matchAll(WRITE)]
    .filter((m) => !m[1]) // FOR UPDATE locks rows, it writes nothing
    .map((m) => m[2].toLowerCase())
    .filter((t) => !NOT_TABLES.has(t));
  return [...new Set(tables)].sort();
}

/** `libs/x` → tables, from the ownership table of docs/architecture.md. */
export function documentedOwners(markdown: string): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const library = /^`(libs\/[a-z-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!library) continue;
    const tables = [...(cells[3] ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
    owners.set(library, tables);
  }
  return owners;
}

/** `@convene/x` imports of one source text. */
export function conveneImports(text: string): string[] {
  return [...text.matchAll(/from ['"]@convene\/([a-z-]+)['"]/g)].map((m) => m[1]);
}

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => /^(apps|libs)\/.+\.ts$/.test(f) && !/\.(spec|e2e-spec)\.ts$/.test(f));
const read = (f: string) => readFileSync(resolve(ROOT, f), 'utf8');
const libraryOf = (f: string) => /^libs\/[a-z-]+/.exec(f)?.[0];

describe('each library owns its tables', () => {
  const owners = documentedOwners(read('docs/architecture.md'));
  const ownerOf = new Map([...owners].flatMap(([lib, tables]) => tables.map((t) => [t, lib])));

  it('documents an owner for every table the migrations create', () => {
    const created = files
      .filter((f) => f.startsWith('libs/database/src/migrations/'))
      .flatMap((f) => [...read(f).matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)/g)])
      .map((m) => m[1]);
    expect(created.length).toBeGreaterThan(10);
    expect([...new Set(created)].filter((t) => !ownerOf.has(t))).toEqual([]);
  });

  it('writes a table only from the library that owns it', () => {
    // Migrations describe the schema; the testing library sets up and clears test databases.
    const sources = files.filter(
      (f) => !f.startsWith('libs/database/src/migrations/') && !f.startsWith('libs/testing/'),
    );
    const writes = sources.flatMap((f) =>
      writtenTables(read(f)).map((table) => ({ f, table, owner: ownerOf.get(table) })),
    );
    expect(writes.length).toBeGreaterThan(20);
    const foreign = writes
      .filter(({ f, owner }) => owner !== libraryOf(f))
      .map(({ f, table }) => `${f} writes ${table}`);
    expect(foreign).toEqual(ALLOWED_FOREIGN_WRITES);
  });

  it('finds the writes an SQL text makes', () => {
    expect(
      writtenTables(`INSERT INTO outbox (type) VALUES ($1);
        UPDATE contributions c SET status = 'analysed';
        INSERT INTO x VALUES (1) ON CONFLICT (id) DO UPDATE SET y = 1;
        delete from "replies" WHERE id = $1; TRUNCATE TABLE users`),
    ).toEqual(['contributions', 'outbox', 'replies', 'users', 'x']);
    expect(
      writtenTables('SELECT id FROM outbox FOR UPDATE SKIP LOCKED; SELECT 1 FOR UPDATE OF r'),
    ).toEqual([]);
  });
});

describe('imports run one way', () => {
  const graph = new Map<string, Set<string>>();
  for (const f of files) {
    const from = /^(?:libs|apps)\/([a-z-]+)/.exec(f)![1];
    const key = f.startsWith('apps/') ? `apps/${from}` : from;
    const edges = graph.get(key) ?? new Set<string>();
    for (const to of conveneImports(read(f))) if (to !== from) edges.add(to);
    graph.set(key, edges);
  }

  it('never imports an app from a library but the one that boots them for tests', () => {
    const intoApps = files.filter(
      (f) =>
        f.startsWith('libs/') &&
        !f.startsWith('libs/testing/') &&
        /from ['"](?:\.\.\/)+apps\//.test(read(f)),
    );
    expect(intoApps).toEqual([]);
  });

  it('has no cycle between libraries', () => {
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (path.includes(node)) {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const node of graph.keys()) if (!node.startsWith('apps/')) visit(node, []);
    expect(graph.size).toBeGreaterThan(10);
    expect([...new Set(cycles)]).toEqual([]);
  });
});
