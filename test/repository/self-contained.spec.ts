import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Files in the repository (tracked or new, not ignored): what a fresh clone holds. */
function repositoryFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(
      (f) =>
        f &&
        f !== relative(ROOT, __filename) &&
        !f.endsWith('package-lock.json') &&
        !f.startsWith('test/fixtures/'),
    );
}

// A relative path in a string literal, or the target of a Markdown link.
const RELATIVE_PATH = /(?<=['"`]|\]\()(?:\.\.\/)+[^\s'"`)]*/g;
// The sibling folder this project was started beside: named, however the path is built.
const SIBLING = /\.\.\/shared\b|['"]\.\.['"]\s*,\s*['"]shared['"]/;

/** The places in one file's text that point outside the repository root. */
export function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(RELATIVE_PATH)) {
    const target = resolve(ROOT, dirname(file), match[0]);
    const rel = relative(ROOT, target);
    if (rel === '..' || rel.startsWith(`..${sep}`)) found.push(`${file}: ${match[0]}`);
  }
  const sibling = SIBLING.exec(text);
  if (sibling) found.push(`${file}: ${sibling[0]}`);
  return found;
}

describe('the repository is self-contained', () => {
  it('has no source, script, config or doc that names a path outside its root', () => {
    const files = repositoryFiles();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) =>
      outsideReferences(f, readFileSync(resolve(ROOT, f), 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('catches the ways a path can leave the root', () => {
    expect(
      // Spelled in two parts so that this sample is not itself a path out of the repository.
      outsideReferences('libs/x/src/a.ts', `join(__dirname, '../../../../${'shared'}/f.json')`),
    ).toHaveLength(2);
    expect(
      outsideReferences('scripts/a.ts', "resolve(ROOT, '..', 'shared', 'f.json')"),
    ).toHaveLength(1);
    expect(outsideReferences('README.md', 'see [the contract](../x/CONTRACT.md)')).toHaveLength(1);
    expect(outsideReferences('README.md', '`.../publish` and `.../unpublish`')).toEqual([]);
    expect(
      outsideReferences('libs/x/src/a.ts', "join(__dirname, '../../../test/fixtures/a.json')"),
    ).toEqual([]);
  });
});
