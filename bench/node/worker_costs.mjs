// Node.js worker_threads counterpart of ../isolate_costs.dart: the same measures, printed
// the same way ("NAME VALUE"). Messages are structured clones, as Dart's are deep copies;
// the transfer measure moves an ArrayBuffer in the transfer list.
// Usage: node bench/node/worker_costs.mjs [ROUNDS] [FIB_N] [LIVE]
// FIB_N (default 10) and LIVE (default 100) are smaller than DartJ's 21 and 1 000: a Node
// worker is a whole V8 isolate with its own Node environment (tens of milliseconds and
// megabytes each), so the full sizes would take half an hour and tens of gigabytes here.
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
const fibN = process.argv.length > 3 ? Number(process.argv[3]) : 10;
const live = process.argv.length > 4 ? Number(process.argv[4]) : 100;
const spawns = [];
for (let i = 0; i < 200 + 100 * rounds; i++) {
  const t = await spawnOnce();
  if (i >= 200) spawns.push(t);
}
console.log(`spawn ${Math.round(median(spawns))}`);

const worker = new Worker(`
  const { parentPort } = require('node:worker_threads');
  parentPort.on('message', (m) => {
    if (m === 'stop') { parentPort.close(); return; }
    if (m instanceof Uint8Array) { parentPort.postMessage(m); return; }
    if (m instanceof ArrayBuffer) { parentPort.postMessage(m.byteLength); return; }
    parentPort.postMessage(Array.isArray(m) ? m.length : m instanceof Map ? m.size : 0);
  });`, { eval: true });

async function measure(message, warmup, count, transfer = false) {
  const times = [];
  for (let i = 0; i < warmup + count; i++) {
    const m = message();
    const t = await new Promise((resolve) => {
      const start = micros();
      worker.once('message', () => resolve(micros() - start));
      worker.postMessage(m, transfer ? [m] : []);
    });
    if (i >= warmup) times.push(t);
  }
  return Math.round(median(times));
}

console.log(`pingpong ${await measure(() => 1, 2000, 20000 * rounds)}`);
const list = Array.from({ length: 100000 }, (_, i) => i);
console.log(`copy-list ${await measure(() => list, 50, 200 * rounds)}`);
const map = new Map();
for (let i = 0; i < 10000; i++) map.set(`key${i}`, i);
console.log(`copy-map ${await measure(() => map, 50, 200 * rounds)}`);
const bytes = new Uint8Array(16 << 20);
for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i >> 12) & 0xff;
console.log(`bytes-copy ${await measure(() => bytes, 5, 20 * rounds)}`);
console.log(`bytes-transfer ${await measure(() => bytes.slice().buffer, 5, 20 * rounds, true)}`);
worker.postMessage('stop');
await worker.terminate();

// The same document as jsonDocument() in isolate_costs.dart.
const records = [];
for (let i = 0; i < 6000; i++) {
  records.push({
    id: i, name: `user-${i}`, email: `user${i}@example.com`, score: i * 1.5, active: i % 2 === 0,
    tags: [`t${i % 7}`, `t${i % 11}`, `t${i % 13}`],
    address: { city: `City ${i % 97}`, zip: `${10000 + i}` },
  });
}
const text = JSON.stringify(records);
const runs = [];
for (let i = 0; i < 5 + 20 * rounds; i++) {
  const start = micros();
  const decoded = await new Promise((resolve) => {
    const w = new Worker(`
      const { parentPort, workerData } = require('node:worker_threads');
      parentPort.postMessage(JSON.parse(workerData));`, { eval: true, workerData: text });
    w.once('message', (m) => { resolve(m); w.terminate(); });
  });
  if (decoded.length !== 6000) throw new Error('bad decode');
  if (i >= 5) runs.push(micros() - start);
}
console.log(`json-run ${Math.round(median(runs))}`);

const rssBefore = process.memoryUsage().rss;
const liveStart = micros();
const idlers = await Promise.all(Array.from({ length: live }, () => new Promise((resolve) => {
  const w = new Worker(`
    const { parentPort } = require('node:worker_threads');
    parentPort.postMessage(1);
    parentPort.on('message', () => parentPort.close());`, { eval: true });
  w.once('message', () => resolve(w));
})));
console.log(`live-count ${live}`);
console.log(`live-ms ${Math.round((micros() - liveStart) / 1000)}`);
console.log(`live-kb ${Math.round((process.memoryUsage().rss - rssBefore) / live / 1024)}`);
await Promise.all(idlers.map((w) => w.terminate()));

// fib(n) where every call is its own worker, as Isolate.run in isolate_costs.dart.
const fibSource = `
  const { Worker, parentPort, workerData } = require('node:worker_threads');
  const source = workerData.source;
  const fib = (n) => new Promise((resolve) => {
    const w = new Worker(source, { eval: true, workerData: { n, source } });
    w.once('message', (m) => { resolve(m); });
  });
  (async () => {
    const n = workerData.n;
    parentPort.postMessage(n < 2 ? n : await fib(n - 1) + await fib(n - 2));
  })();`;
const calls = (n) => (n < 2 ? 1 : 1 + calls(n - 1) + calls(n - 2));
const fibStart = micros();
const value = await new Promise((resolve) => {
  const w = new Worker(fibSource, { eval: true, workerData: { n: fibN, source: fibSource } });
  w.once('message', resolve);
});
const fibElapsed = micros() - fibStart;
const fibs = [0, 1];
while (fibs.length <= fibN) fibs.push(fibs[fibs.length - 1] + fibs[fibs.length - 2]);
if (value !== fibs[fibN]) throw new Error(`fib(${fibN}) = ${value}`);
console.log(`fib-n ${fibN}`);
console.log(`fib-spawn-ms ${Math.round(fibElapsed / 1000)}`);
console.log(`fib-spawn-us ${Math.round(fibElapsed / calls(fibN))}`);
