// The benchmark's interval of a ratio of means (bench/stats.mjs, used by the
// server-HTML paint table, bench/paint.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ratioInterval } from '../../bench/stats.mjs';

const close = (actual, expected) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('ratioInterval() of a series against itself, or against a multiple of itself, is that ratio exactly', () => {
  const b = [150, 170, 190, 160, 210, 180];
  ratioInterval(b, b).forEach((x) => close(x, 1));
  const slower = b.map((x) => x * 1.1);
  ratioInterval(slower, b).forEach((x) => close(x, 1.1));
});

test('ratioInterval() holds the ratio of the means, narrows with more rounds, and is repeatable', () => {
  // Rounds whose pages drift together (b) with a page 8% slower and some noise of its own (a).
  const make = (n) => {
    const b = Array.from({ length: n }, (_, i) => 160 + ((i * 37) % 60));
    const a = b.map((x, i) => x * 1.08 + (((i * 53) % 21) - 10));
    return [a, b];
  };
  const [a, b] = make(41);
  const ratio = a.reduce((s, x) => s + x, 0) / b.reduce((s, x) => s + x, 0);
  const [lo, hi] = ratioInterval(a, b);
  assert.ok(lo < ratio && ratio < hi, `${lo}–${hi} should hold ${ratio}`);
  assert.ok(hi - lo < 0.05, `41 rounds: ${lo}–${hi} is too wide`);
  const [lo5, hi5] = ratioInterval(...make(5));
  assert.ok(hi5 - lo5 > hi - lo, `5 rounds (${lo5}–${hi5}) should be wider than 41 (${lo}–${hi})`);
  assert.deepEqual(ratioInterval(a, b), [lo, hi]);
});
