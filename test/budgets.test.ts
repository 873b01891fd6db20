import { expect } from '@open-wc/testing';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const check = async (scale = 1): Promise<Run> => (await fetch(`/__size__?scale=${scale}`)).json();

describe('size budgets (gzip, checked in CI)', function () {
  // Each check compresses every bundle (gzip and brotli) in a Node process: seconds on a busy machine.
  this.timeout(30000);

  it('every built file is within its ceiling, and every file has one', async () => {
    const run = await check();
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.contain('size budgets: 9 files within their ceilings');
  });

  it('fails, naming the files, when a file crosses its ceiling', async () => {
    const run = await check(0.9);
    expect(run.code).to.equal(1);
    expect(run.stdout).to.contain('OVER');
    expect(run.stderr).to.match(/size budgets: 9 file\(s\) over their ceiling/);
  });

  it('the ceilings are today’s sizes, not loose ones (within 1 % of the file)', async () => {
    const run = await check(0.99);
    expect(run.code, 'a ceiling more than 1 % above its file would let the file grow unnoticed').to.equal(1);
  });
});
