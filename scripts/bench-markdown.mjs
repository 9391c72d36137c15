// Prints bench/results.json (or the file given) as the Markdown table and machine line of the README's Performance section.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = JSON.parse(readFileSync(process.argv[2] ?? join(root, 'bench', 'results.json'), 'utf8'));
const ms = (value) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`);
const { machine } = results;
console.log(
  `Measured ${results.date.slice(0, 10)} on ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB of memory, Node ${machine.node.replace(/^v/, '')}, Chromium ${machine.chromium} (${machine.platform}); medians of the runs shown.\n`,
);
console.log('| workload | size | median (min-max, runs) | baseline | ratio | budget | met |');
console.log('|---|---|---|---|---|---|---|');
for (const row of results.workloads) {
  // null: the row has no budget of its own, or is at another size than the budget names (there for the growth figure).
  const met = row.withinBudget === null ? '—' : row.withinBudget ? 'yes' : '**no**';
  console.log(
    `| ${row.name} | ${row.size} | ${ms(row.median)} (${ms(row.min)}-${ms(row.max)}, ${row.runs}) | ${row.baseline.name}: ${ms(row.baseline.median)} | ${row.ratio.toFixed(2)} x | ${row.budget.replace(/\|/g, '\\|')} | ${met} |`,
  );
}
const notes = results.notes ?? [];
if (notes.length > 0) {
  console.log('');
  for (const note of notes) console.log(note);
}
const detailed = results.workloads.filter((row) => row.details);
if (detailed.length > 0) {
  console.log('');
  for (const row of detailed)
    console.log(
      `- ${row.name}, ${row.size}: ${Object.entries(row.details)
        .map(([key, value]) => `${key} ${value}`)
        .join(', ')}`,
    );
}
