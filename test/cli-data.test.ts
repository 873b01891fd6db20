/**
 * The command line's `--data` reads a file as a widget reads its `src`: a BOM, `;` or tabs
 * between cells, UTF-16 or Windows-1251 as Excel saves them; other bytes are refused in one line.
 * Runs the real command through the test server (/__cli__, see web-test-runner.config.js).
 */
import { expect } from '@open-wc/testing';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const cli = async (...args: string[]): Promise<Run> =>
  (await (await fetch(`/__cli__?${new URLSearchParams({ args: JSON.stringify(args) })}`)).json()) as Run;

describe('command line: --data as spreadsheets save it', function () {
  this.timeout(60_000);

  const readable = [
    ['JSON with a UTF-8 BOM', 'fixtures/plant-share-bom.json', 'Test fixture'],
    ['semicolons, decimal commas, Windows-1251', 'fixtures/plant-share-semicolon-1251.csv', 'Тестовые данные'],
    ['tabs in UTF-16 with a BOM', 'fixtures/plant-share-utf16.txt', 'Тест деректері'],
  ];
  for (const [name, file, source] of readable) {
    it(`draws ${name}`, async () => {
      const { code, stdout, stderr } = await cli('render', 'kz-plant-share', '--lang', 'ru', '--data', file!);
      expect(stderr).to.equal('');
      expect(code).to.equal(0);
      expect(stdout).to.include(source).and.not.include('\ufffd');
    });
  }

  it('refuses a file in another encoding, in one line', async () => {
    const { code, stdout, stderr } = await cli('render', 'kz-plant-share', '--data', 'fixtures/plant-share-latin1.csv');
    expect(code).to.equal(2);
    expect(stdout).to.equal('');
    expect(stderr).to.equal('kz-auto-charts: --data "fixtures/plant-share-latin1.csv" is not UTF-8 text (nor UTF-16 or Windows-1251 Cyrillic); save it as CSV UTF-8\n');
  });
});
