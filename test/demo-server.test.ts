import { expect } from '@open-wc/testing';

interface Probe {
  listening: string;
  answers: { target: string; status: number | null; body: string; encoding: string | null; bytes: number }[];
  aliveAfter: number | null;
  exitCode: number | string | null;
  stderr: string;
}

/** The demo server (`npm start`) started in a throw-away project, answering raw request targets. */
async function probe(targets: (string | { target: string; accept: string })[]): Promise<Probe> {
  const response = await fetch(`/__demo_server__?${new URLSearchParams({ targets: JSON.stringify(targets) })}`);
  return response.json();
}

const statuses = (p: Probe) => Object.fromEntries(p.answers.map((a) => [a.target, a.status]));

describe('demo server (npm start)', function () {
  this.timeout(20000);

  it('listens on this machine only', async () => {
    const p = await probe([]);
    expect(p.listening).to.equal('127.0.0.1');
  });

  it('serves the demo pages, the bundle and the manifest the builder reads', async () => {
    const p = await probe(['/demo/', '/demo/index.html', '/demo/data/kz-fact.csv', '/dist/kz-auto-charts.js', '/custom-elements.json', '/demo?x=1', '/']);
    expect(statuses(p)).to.deep.equal({
      '/demo/': 200,
      '/demo/index.html': 200,
      '/demo/data/kz-fact.csv': 200,
      '/dist/kz-auto-charts.js': 200,
      '/custom-elements.json': 200,
      '/demo?x=1': 301,
      '/': 302,
    });
    expect(p.answers[0]!.body).to.contain('<title>demo</title>');
  });

  it("answers the browser's own request for /favicon.ico with the demo's icon, not a 404", async () => {
    const p = await probe(['/favicon.ico', '/demo/favicon.svg', '/favicon.ico/x', '/dist/favicon.ico']);
    expect(statuses(p)).to.deep.equal({ '/favicon.ico': 200, '/demo/favicon.svg': 200, '/favicon.ico/x': 404, '/dist/favicon.ico': 404 });
    expect(p.answers[0]!.body).to.contain('<svg');
  });

  it('sends the bundle gzipped to a browser that accepts it, and plain to one that does not', async () => {
    const p = await probe([
      { target: '/dist/kz-auto-charts.js', accept: 'gzip, deflate, br' },
      '/dist/kz-auto-charts.js',
      { target: '/favicon.ico', accept: 'br' },
    ]);
    const [zipped, plain, icon] = p.answers;
    expect([zipped!.status, zipped!.encoding]).to.deep.equal([200, 'gzip']);
    expect([plain!.status, plain!.encoding]).to.deep.equal([200, null]);
    expect(plain!.body).to.contain('export const repeated');
    expect(zipped!.bytes).to.be.below(plain!.bytes / 4);
    expect(icon!.encoding, 'gzip only where asked for').to.equal(null);
  });

  it('answers 400 to a bad escape and keeps serving', async () => {
    const targets = ['/%', '/%zz', '/demo/%', '/demo/%E0%A4%A', '/%%32%65', '/dist/%C0%AF', '/demo/%00', '/demo/a%5cb'];
    const p = await probe(targets);
    for (const target of targets) expect(statuses(p)[target], target).to.equal(400);
    expect(p.aliveAfter, 'still answers /demo/ afterwards').to.equal(200);
    expect(p.exitCode, 'still running').to.equal(null);
  });

  it('never leaves the project, however the dots and slashes are written', async () => {
    // The project is …/site; its sibling …/site-secret starts with the same name.
    const targets = [
      '/..%2fsite-secret/x',
      '/demo/..%2f..%2fsite-secret/x',
      '/demo/%2e%2e/%2e%2e/site-secret/x',
      '/demo/%2E%2E%2F%2E%2E%2Fsite-secret%2Fx',
      '/demo/..%5c..%5csite-secret%5cx',
      '/../site-secret/x',
      '/demo/../../site-secret/x',
      '/%2e%2e/outside',
      '/demo/leak',
      '//etc/passwd',
      'http://localhost/../site-secret/x',
    ];
    const p = await probe(targets);
    for (const { target, status, body } of p.answers) {
      expect(status, target).to.be.oneOf([400, 404]);
      expect(body, target).not.to.contain('secret');
    }
    expect(p.aliveAfter).to.equal(200);
  });

  it('serves nothing the demo does not need: no .git, node_modules, sources or package files', async () => {
    const targets = [
      '/.git/config',
      '/%2egit/config',
      '/%2Egit%2Fconfig',
      '/demo/../.git/config',
      '/node_modules/lit/package.json',
      '/node%5fmodules/lit/package.json',
      '/src/index.ts',
      '/package.json',
      '/scripts/serve-demo.js',
      '/custom-elements.json/x',
    ];
    const p = await probe(targets);
    for (const { target, status } of p.answers) expect(status, target).to.be.oneOf([400, 404]);
  });

  it('answers requests Node cannot parse and keeps serving', async () => {
    const p = await probe(['/demo/\u0001', '/demo/\u007f', '/demo/ x y']);
    for (const { target, status } of p.answers) expect(status, target.slice(0, 20)).to.be.oneOf([400, 404, 414, 431]);
    expect(p.aliveAfter).to.equal(200);
  });
});
