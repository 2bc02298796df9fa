import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

// A package's dist/ or lib/ layout is not its API: an upgrade may move it without notice.
const PRIVATE_IMPORT = /from ['"](@[^/'"]+\/[^/'"]+|[^@./'"][^/'"]*)\/(?:dist|lib|build|src)\//g;

export function privateImports(text: string): string[] {
  return [...text.matchAll(PRIVATE_IMPORT)].map((m) => m[0]);
}

describe('dependencies are used through what they export', () => {
  it('has no import of a package’s private paths', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('public-imports.spec.ts'));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) =>
      privateImports(readFileSync(resolve(ROOT, f), 'utf8')).map((i) => `${f}: ${i}`),
    );
    expect(found).toEqual([]);
  });

  it('tells a private path from a public one', () => {
    expect(privateImports("import { X } from '@nestjs/bullmq/dist/bull.constants';")).toHaveLength(
      1,
    );
    expect(privateImports("import y from 'docx/build/index';")).toHaveLength(1);
    expect(privateImports("import { Processor } from '@nestjs/bullmq';")).toEqual([]);
    expect(privateImports("import { a } from '../../libs/x/src/a';")).toEqual([]);
    expect(privateImports("import { b } from '@convene/testing/fixtures';")).toEqual([]);
  });
});
