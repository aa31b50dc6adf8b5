import { describe, expect, it } from 'vitest';
import { BoundedMemo } from './collections';

describe('BoundedMemo', () => {
  it('works a key out once and answers from memory after', () => {
    const memo = new BoundedMemo<string, number>(10);
    const asked: string[] = [];
    const length = (key: string): number => {
      asked.push(key);
      return key.length;
    };
    expect([memo.get('abc', length), memo.get('abc', length), memo.get('de', length)]).toEqual([3, 3, 2]);
    expect(asked).toEqual(['abc', 'de']);
  });

  it('remembers an answer of undefined too', () => {
    const memo = new BoundedMemo<string, string | undefined>(10);
    let calls = 0;
    const nothing = (): undefined => {
      calls += 1;
      return undefined;
    };
    memo.get('x', nothing);
    memo.get('x', nothing);
    expect(calls).toBe(1);
  });

  it('forgets everything once it holds its limit of keys', () => {
    const memo = new BoundedMemo<number, number>(2);
    const asked: number[] = [];
    const square = (key: number): number => {
      asked.push(key);
      return key * key;
    };
    memo.get(1, square);
    memo.get(2, square);
    memo.get(3, square); // full: forgets 1 and 2, keeps 3
    memo.get(3, square);
    memo.get(1, square);
    expect(asked).toEqual([1, 2, 3, 1]);
  });
});
