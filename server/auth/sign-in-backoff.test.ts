// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { wachttijd } from './account-service.ts';

describe('back-off after failed sign-ins (security review M3)', () => {
  const nu = 10_000_000;
  it('lets five failures pass, then doubles the wait from one minute up to fifteen', () => {
    const mislukt = (n: number) => Array.from({ length: n }, () => nu);
    expect(wachttijd(mislukt(4), nu)).toBe(0);
    expect(wachttijd(mislukt(5), nu)).toBe(60_000);
    expect(wachttijd(mislukt(6), nu)).toBe(120_000);
    expect(wachttijd(mislukt(9), nu)).toBe(15 * 60_000);
    expect(wachttijd(mislukt(5), nu + 60_000)).toBe(0);
  });
});
