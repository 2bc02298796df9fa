import { quantile } from './api-metrics';

describe('quantile', () => {
  it('takes the nearest rank of sorted values', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(values, 0.5)).toBe(5);
    expect(quantile(values, 0.95)).toBe(10);
    expect(quantile(values, 1)).toBe(10);
    expect(quantile([], 0.5)).toBe(0);
    expect(quantile([4], 0.5)).toBe(4);
  });
});
