import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
};

/** `^a.b || ^c || >=d` ranges, the only forms package.json uses. */
export function satisfies(version: string, range: string): boolean {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return range.split('||').some((part) => {
    const m = /^\s*(\^|>=)(\d+)(?:\.(\d+))?\s*$/.exec(part);
    if (!m) throw new Error(`unsupported range "${part}"`);
    const [wantMajor, wantMinor] = [Number(m[2]), Number(m[3] ?? 0)];
    if (m[1] === '>=') return major > wantMajor || (major === wantMajor && minor >= wantMinor);
    return major === wantMajor && minor >= wantMinor;
  });
}

describe('supported Node versions', () => {
  it('reads the engines range as npm does for the forms it uses', () => {
    const range = '^20.19 || ^22 || >=24';
    expect(satisfies('v20.19.0', range)).toBe(true);
    expect(satisfies('v20.18.3', range)).toBe(false);
    expect(satisfies('v21.7.0', range)).toBe(false);
    expect(satisfies('v22.0.0', range)).toBe(true);
    expect(satisfies('v25.1.0', range)).toBe(true);
  });

  it('runs the tests on a Node version package.json supports', () => {
    expect(satisfies(process.version, pkg.engines.node)).toBe(true);
  });

  // docx inlines the few nanoid functions it uses, so the nanoid package (whose newest major
  // wants Node 22) is never loaded: the override to nanoid 5 only keeps npm ci quiet.
  it('loads docx without loading the nanoid package', () => {
    const loaded = execFileSync(
      process.execPath,
      [
        '-e',
        "require('docx'); console.log(Object.keys(require.cache).filter((k) => k.includes('/nanoid/')).length)",
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(loaded.trim()).toBe('0');
  });
});
