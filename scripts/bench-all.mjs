// npm run bench: the build, then each bench in turn (bench.mjs, bench-ui.mjs, bench-stress.mjs,
// bench-companion.mjs), each in its own process with its output passed through; at the end, how long
// each part took in wall time and in CPU time (the processes of the bench reaped within its tree: a lower
// bound, as browser processes that outlive their parent are missed). On a machine shared with other work
// the wall time stretches, the CPU time much less. Arguments go to bench.mjs.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const PARTS = [
  ['build', ['build.mjs', '--quiet']],
  ['bench.mjs', ['scripts/bench.mjs', ...process.argv.slice(2)]],
  ['bench-ui.mjs', ['scripts/bench-ui.mjs']],
  ['bench-stress.mjs', ['scripts/bench-stress.mjs']],
  ['bench-companion.mjs', ['scripts/bench-companion.mjs']],
];

/** CPU seconds of this process's finished children and all their waited-for descendants (/proc/self/stat). */
function childrenCpuSeconds() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name (which may hold spaces): cutime and cstime are fields 16 and 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const run = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const rows = [];
const started = Date.now();
const loadBefore = loadavg()[0];
let failed = 0;
for (const [name, args] of PARTS) {
  const t0 = Date.now();
  const cpu0 = childrenCpuSeconds();
  const code = await run(args);
  rows.push({ name, wall: (Date.now() - t0) / 1000, cpu: childrenCpuSeconds() - cpu0, code });
  if (code !== 0) {
    failed = code;
    if (name === 'build') break;
  }
}
const total = (Date.now() - started) / 1000;
const min = (s) => `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, '0')} s`;
console.log('\nBench wall time (in brackets, CPU time of the processes reaped in its tree: a lower bound):');
for (const r of rows)
  console.log(`  ${r.name.padEnd(20)} ${min(r.wall)} (CPU ${r.cpu.toFixed(0)} s)${r.code ? `  exit ${r.code}` : ''}`);
const cpu = rows.reduce((s, r) => s + r.cpu, 0);
console.log(
  `  ${'total'.padEnd(20)} ${min(total)} (CPU ${cpu.toFixed(0)} s); load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
);
console.log(`  ${total <= 600 ? 'PASS' : 'FAIL'}  npm run bench under 10 minutes`);
process.exitCode = failed;
