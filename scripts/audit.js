// `npm audit --omit=dev`: the packages a reader's page or a newsroom's server gets must have no
// known vulnerability. Exits 1 when the audit finds any. When the registry's audit endpoint
// cannot be reached (offline, or a mirror that does not serve it), says so in one line and
// exits 0: there is nothing to check against, which is not the same as a failure.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
if (!report?.metadata) {
  const why = report?.message ?? report?.error?.summary ?? (run.stderr.split('\n').find((l) => /error/i.test(l)) || 'no answer');
  console.log(`npm audit: skipped, the audit endpoint could not be reached (${why.trim()})`);
  process.exit(0);
}
const counts = report.metadata?.vulnerabilities ?? {};
const total = Object.values(counts).reduce((a, b) => a + b, 0);
if (total) {
  console.error(`npm audit --omit=dev: ${total} known vulnerabilities in runtime dependencies: ${JSON.stringify(counts)}`);
  spawnSync('npm', ['audit', '--omit=dev'], { stdio: 'inherit' });
  process.exit(1);
}
console.log(`npm audit --omit=dev: clean (${report.metadata?.dependencies?.prod ?? '?'} runtime packages)`);
