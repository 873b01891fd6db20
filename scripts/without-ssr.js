// The package as an app gets it from npm without the optional peer @lit-labs/ssr: its files in a
// temporary node_modules beside its runtime dependencies, and no @lit-labs/ssr anywhere Node looks.
// Then what an app sees: importing kz-auto-charts/static, and running the command.
// `node scripts/without-ssr.js --with-ssr` adds the peer, as the control that the set-up works.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const app = mkdtempSync(resolve(tmpdir(), 'kz-no-ssr-'));
try {
  const installed = resolve(app, 'node_modules/kz-auto-charts');
  mkdirSync(installed, { recursive: true });
  // A copy, not a link: Node resolves a linked package's imports from where it really is, and
  // this project's node_modules has @lit-labs/ssr.
  for (const entry of ['package.json', 'dist', 'bin']) cpSync(resolve(root, entry), resolve(installed, entry), { recursive: true });
  const deps = Object.keys(pkg.dependencies ?? {});
  if (process.argv.includes('--with-ssr')) deps.push('@lit-labs/ssr');
  for (const name of deps) {
    mkdirSync(dirname(resolve(app, 'node_modules', name)), { recursive: true });
    symlinkSync(resolve(root, 'node_modules', name), resolve(app, 'node_modules', name), 'dir');
  }
  writeFileSync(resolve(app, 'app.mjs'), "import { renderSvg } from 'kz-auto-charts/static';\nprocess.stdout.write(renderSvg({ tag: 'kz-fact', width: 640, attributes: { fact: 'production-2016' } }).slice(0, 4));\n");
  const run = (args) => {
    const r = spawnSync(process.execPath, args, { cwd: app, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  process.stdout.write(
    JSON.stringify({
      import: run(['app.mjs']),
      cli: run([resolve(installed, 'bin/kz-auto-charts.js'), 'render', 'kz-auto-yoy']),
    }),
  );
} finally {
  rmSync(app, { recursive: true, force: true });
}
