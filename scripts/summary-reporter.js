/**
 * Prints one closing line, "tests: N passed, N failed, N skipped", so any CI can read the
 * result without parsing the progress bars.
 */
export function summaryReporter() {
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped += 1;
          else if (t.passed) passed += 1;
          else failed += 1;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        // A file that failed to load has no results; count it so the line cannot read green.
        if (!s.testResults && !s.passed) failed += 1;
      }
      line = `tests: ${passed} passed, ${failed} failed, ${skipped} skipped`;
    },
    // Printed at exit, after the default reporter's last progress frame, so it is the last line.
    stop() {
      process.once('exit', () => line && process.stdout.write(`\n${line}\n`));
    },
  };
}
