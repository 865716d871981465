// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { aanmeldMelding, eigenPad } from './aanmeld-meldingen.ts';

describe('after signing in', () => {
  it('goes back only to a path on this site, as a browser would read it (security review L1)', () => {
    for (const doel of [
      '/%5Cevil.example/',
      '/\\evil.example/',
      '/\t/evil.example/',
      '//evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/\\/evil.example',
      ' /x',
      null,
      undefined,
    ]) {
      const pad = eigenPad(doel);
      // Where a browser would go from the page: always this site.
      expect(new URL(pad, 'https://register.example/aanmelden.html').origin, String(doel)).toBe(
        'https://register.example',
      );
      expect(/^\/[\\/\t]/.test(pad), String(doel)).toBe(false);
    }
    expect(eigenPad('/bewerken.html?knooppunt=a#b')).toBe('/bewerken.html?knooppunt=a#b');
    expect(eigenPad('/../kaart')).toBe('/kaart');
  });

  it('shows only its own texts for a melding code, never text from the link', () => {
    expect(aanmeldMelding('geen-account')).toMatch(/geen account/);
    expect(aanmeldMelding('Bel 0900-OPLICHTER voor hulp')).toBeUndefined();
    expect(aanmeldMelding('toString')).toBeUndefined();
    expect(aanmeldMelding(null)).toBeUndefined();
  });
});
