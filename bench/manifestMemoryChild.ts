// Child process of the manifest-100k-memory benchmark: screens one manifest file (no database: bundled
// reference, no watch list) streaming the CSV report to a file, and prints its peak RSS as JSON.
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { screenerForTests } from '../core/chemicals/testing';
import { screenManifestBytes } from '../server/modules/manifests/commands/screenManifest';
import { reportHeader, reportRow } from '../server/modules/manifests/reportCsv';

const [file, reportFile] = process.argv.slice(2) as [string, string];
const started = performance.now();
const screener = await screenerForTests();
const out = createWriteStream(reportFile);
out.write(reportHeader());
const run = await screenManifestBytes(
  { screener, locale: 'en', watchList: [], history: () => undefined },
  readFileSync(file),
  async (line) => {
    if (!out.write(reportRow(line))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  },
);
await new Promise<void>((resolve) => out.end(() => resolve()));
console.log(
  JSON.stringify({
    lines: run.summary.lines,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    fileMb: statSync(file).size / 1024 / 1024,
    reportMb: statSync(reportFile).size / 1024 / 1024,
  }),
);
