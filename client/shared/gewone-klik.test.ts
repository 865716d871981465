// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { gewoneKlik } from './gewone-klik.ts';

const klik = (deel: Partial<MouseEvent>) =>
  ({
    button: 0,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...deel,
  }) as MouseEvent;

describe('gewoneKlik', () => {
  it('leaves a click with a modifier key or another button to the browser', () => {
    expect(gewoneKlik(klik({}))).toBe(true);
    for (const deel of [
      { ctrlKey: true },
      { metaKey: true },
      { shiftKey: true },
      { altKey: true },
      { button: 1 },
    ])
      expect(gewoneKlik(klik(deel))).toBe(false);
  });
});
