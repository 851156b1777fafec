import { describe, expect, it } from 'vitest';
import { median, medianScores, missedTargets, scoresOf, type Scores } from './scores';

const s = (performance: number, accessibility = 100, bp = 100, seo = 100): Scores => ({ performance, accessibility, 'best-practices': bp, seo });

describe('scoresOf', () => {
  it.each([
    ['a full report', { categories: { performance: { score: 0.987 }, accessibility: { score: 1 }, 'best-practices': { score: 0.96 }, seo: { score: 1 } } }, s(99, 100, 96, 100)],
    ['a category that could not be scored', { categories: { performance: { score: null }, accessibility: { score: 1 }, 'best-practices': { score: 1 }, seo: { score: 1 } } }, s(0)],
    ['a missing category', { categories: { performance: { score: 1 } } }, s(100, 0, 0, 0)],
  ])('%s', (_name, json, expected) => {
    expect(scoresOf(json)).toEqual(expected);
  });
  it('refuses something that is no report', () => {
    expect(() => scoresOf({ runtimeError: 'x' })).toThrow();
  });
});

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[97, 99, 95, 100, 98], 98],
    [[1, 2, 3, 4], 2.5],
    [[], NaN],
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
  it('takes each category separately', () => {
    expect(medianScores([s(90, 100), s(99, 90), s(97, 100)])).toEqual(s(97, 100));
  });
});

describe('missedTargets', () => {
  it.each([
    ['all met', s(95), []],
    ['slow', s(94.5), ['performance 94.5 < 95']],
    ['accessibility short of 100', s(100, 98), ['accessibility 98 < 100']],
    ['no score at all', s(NaN, 100, 100, 100), ['performance NaN < 95']],
  ])('%s', (_name, scores, expected) => {
    expect(missedTargets(scores)).toEqual(expected);
  });
});
