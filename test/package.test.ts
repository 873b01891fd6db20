import { expect } from '@open-wc/testing';
import { WIDGET_TAGS } from '../src/widgets/index.js';

interface Pkg {
  version: string;
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
  files: string[];
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
}

const pkg = async () => (await (await fetch('/package.json')).json()) as Pkg;
const exists = async (path: string) => (await (await fetch(`/__exists__?${new URLSearchParams({ path })}`)).json()) as boolean;

describe('package.json', () => {
  it('says where the code, the home page and the issue tracker are', async () => {
    const { repository, homepage, bugs } = await pkg();
    expect(repository.url).to.equal('git+https://github.com/kz-auto-charts/kz-auto-charts.git');
    expect(homepage).to.equal('https://github.com/kz-auto-charts/kz-auto-charts#readme');
    expect(bugs.url).to.equal('https://github.com/kz-auto-charts/kz-auto-charts/issues');
  });

  it('every export names files the build writes, one element bundle per widget included', async () => {
    const { exports } = await pkg();
    // Every condition's target (types, import, default…), whatever conditions an entry uses.
    const targets = Object.values(exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    const files = targets.flatMap((t) =>
      t.includes('kz-*') ? WIDGET_TAGS.map((tag) => t.replace('kz-*', tag)) : t.includes('*') ? [t.replace('*', 'kz-fact.v1.json')] : [t],
    );
    expect(files).to.include('./dist/elements/kz-fact.js');
    for (const file of files) expect(await exists(file), file).to.equal(true);
    expect(await exists('./dist/no-such-file.js'), 'the check itself').to.equal(false);
  });

  it('bundlers keep the element bundles: they register elements when imported', async () => {
    const { sideEffects } = await pkg();
    expect(sideEffects).to.include('./dist/elements/kz-*.js');
  });

  it('ships a changelog with this version and an Unreleased section', async () => {
    const { files, version } = await pkg();
    expect(files).to.include('CHANGELOG.md');
    const changelog = await (await fetch('/CHANGELOG.md')).text();
    expect(changelog).to.match(/^## \[Unreleased\]$/m);
    expect(changelog).to.match(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });
});
