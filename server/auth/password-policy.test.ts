// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../domain/errors.ts';
import { controleerWachtwoord } from './password-policy.ts';

const fout = (fn: () => void): ValidationError | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  return undefined;
};

describe('password policy (security review L6)', () => {
  const account = ['u@regio.nl', 'Ursula de Vries'];
  it("refuses the review's weak passwords and the account's own name, naming the field", () => {
    for (const zwak of [
      'aaaaaaaaaaaa',
      'wachtwoord12',
      '123456789012',
      'Welkom2026!!',
      'u@regio.nl',
      'ursuladevries1',
    ]) {
      const issue = fout(() => controleerWachtwoord(zwak, account))?.issues[0];
      expect(issue?.field, zwak).toBe('input.wachtwoord');
      expect(issue?.message, zwak).toMatch(/^Wachtwoord /);
    }
  });
  it('accepts a passphrase of unrelated words', () => {
    expect(() => controleerWachtwoord('paarse-olifant-fietst-snel', account)).not.toThrow();
    expect(() => controleerWachtwoord('correct-paard-batterij', account)).not.toThrow();
  });
});
