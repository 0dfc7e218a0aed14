// Runs chrono-node over a JSON Lines file the way `textclean dates --jsonl` runs: one record per line
// ({"id", "text", "reference_date"?}) in, {"id", "dates": [{"start", "end", "text", "value"}]} out.
// Used by compare-chrono.sh, which installs chrono-node into a temporary directory and passes it in:
//   node chrono-runner.js CHRONO_DIR FILE > out.jsonl
'use strict';
const fs = require('fs');
const path = require('path');

const [chronoDir, file] = process.argv.slice(2);
const chrono = require(path.join(chronoDir, 'node_modules', 'chrono-node'));

const input = fs.readFileSync(file);
const out = fs.openSync('/dev/stdout', 'w');
let pending = [];
let pendingLength = 0;
const flush = () => {
  fs.writeSync(out, pending.join(''));
  pending = [];
  pendingLength = 0;
};

for (let start = 0; start < input.length;) {
  let end = input.indexOf(10, start);
  if (end < 0) end = input.length;
  const line = input.toString('utf8', start, end);
  start = end + 1;
  if (line.trim() === '') continue;
  let answer;
  try {
    const record = JSON.parse(line);
    const reference = record.reference_date ? new Date(record.reference_date) : new Date();
    const dates = chrono.parse(record.text, reference).map(r => ({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      value: r.start.date().toISOString(),
    }));
    answer = JSON.stringify({ id: record.id, dates });
  } catch (e) {
    answer = JSON.stringify({ id: null, error: String(e) });
  }
  pending.push(answer, '\n');
  pendingLength += answer.length;
  if (pendingLength > (1 << 20)) flush();
}
flush();
