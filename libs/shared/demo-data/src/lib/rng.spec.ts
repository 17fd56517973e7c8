import { Rng, allocate } from './rng';

describe('Rng', () => {
  it('repeats its sequence for a seed, and forks independent streams', () => {
    const draws = (rng: Rng) => Array.from({ length: 5 }, () => rng.next());
    expect(draws(new Rng(7))).toEqual(draws(new Rng(7)));
    expect(draws(new Rng(7))).not.toEqual(draws(new Rng(8)));
    expect(draws(new Rng(7).fork('a'))).not.toEqual(draws(new Rng(7).fork('b')));
  });

  it('makes version-4 uuids', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      expect(rng.uuid()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });

  it('keeps int within its bounds', () => {
    const rng = new Rng(3);
    const values = Array.from({ length: 2000 }, () => rng.int(2, 4));
    expect(new Set(values)).toEqual(new Set([2, 3, 4]));
  });
});

describe('allocate', () => {
  it('splits a total proportionally into integers that add up exactly', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(7615, [3, 0, 5.5, 1]).reduce((s, v) => s + v, 0)).toBe(7615);
    expect(allocate(5, [0, 0])).toEqual([0, 0]);
  });
});
