// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { InUseError } from './errors.ts';
import { accountsVan, weigerAlsInGebruik } from './organisatie-gebruik.ts';

describe('removing an organisatie', () => {
  it('is allowed when nothing refers to it', () => {
    expect(() => weigerAlsInGebruik('ggz', { deelname: 0, account: 0 })).not.toThrow();
  });

  it('is refused naming every kind of reference with the right number', () => {
    expect(() => weigerAlsInGebruik('ggz', { deelname: 2, account: 1 })).toThrow(
      new InUseError(
        'Organisatie "ggz" wordt nog gebruikt door 2 deelnames en 1 account. Verwijder of wijzig eerst die verwijzingen.',
      ),
    );
  });

  it('counts the accounts whose rights the organisatie carries', () => {
    const accounts = [{ organisatieIds: ['ggz', 'ggd'] }, { organisatieIds: ['ggd'] }];
    expect(accountsVan(accounts, 'ggz')).toBe(1);
    expect(accountsVan(accounts, 'politie')).toBe(0);
  });
});
