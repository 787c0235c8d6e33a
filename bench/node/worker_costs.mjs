// Node.js worker_threads counterpart of ../isolate_costs.dart: the same measures, printed
// the same way ("NAME MEDIAN_MICROSECONDS"). Messages are structured clones, as Dart's are
// deep copies.
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

const micros = () => performance.now() * 1000;
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

function spawnOnce() {
  return new Promise((resolve) => {
    const start = micros();
    const w = new Worker("require('node:worker_threads').parentPort.postMessage(1);", { eval: true });
    w.once('message', () => {
      resolve(micros() - start);
      w.terminate();
    });
  });
}

const rounds = process.argv.length > 2 ? Number(process.argv[2]) : 1;
const spawns = [];
for (let i = 0; i < 20 + 100 * rounds; i++) {
  const t = await spawnOnce();
  if (i >= 20) spawns.push(t);
}
console.log(`spawn ${Math.round(median(spawns))}`);

const worker = new Worker(`
  const { parentPort } = require('node:worker_threads');
  parentPort.on('message', (m) => {
    if (m === 'stop') { parentPort.close(); return; }
    parentPort.postMessage(Array.isArray(m) ? m.length : m instanceof Map ? m.size : 0);
  });`, { eval: true });

function roundTrip(message) {
  return new Promise((resolve) => {
    const start = micros();
    worker.once('message', () => resolve(micros() - start));
    worker.postMessage(message);
  });
}

async function measure(message, warmup, count) {
  const times = [];
  for (let i = 0; i < warmup + count; i++) {
    const t = await roundTrip(message);
    if (i >= warmup) times.push(t);
  }
  return times;
}

console.log(`pingpong ${Math.round(median(await measure(1, 2000, 5000 * rounds)))}`);
const list = Array.from({ length: 100000 }, (_, i) => i);
console.log(`copy-list ${Math.round(median(await measure(list, 50, 200 * rounds)))}`);
const map = new Map();
for (let i = 0; i < 10000; i++) map.set(`key${i}`, i);
console.log(`copy-map ${Math.round(median(await measure(map, 50, 200 * rounds)))}`);
worker.postMessage('stop');
await worker.terminate();
