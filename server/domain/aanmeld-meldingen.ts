// SPDX-License-Identifier: EUPL-1.2
// Why a sign-in with the organisation's provider failed, as a code in the sign-in page's URL and
// the text the page shows for it: the page shows only these texts, never text from the URL
// (security review L7: "?melding=" showed whatever a link put there).
export const AANMELD_MELDINGEN = {
  onbereikbaar: 'De aanbieder van de organisatie-accounts is niet bereikbaar.',
  verlopen: 'Deze aanmelding is verlopen of onbekend; begin opnieuw.',
  'geen-gebruikersnaam':
    'De aanbieder gaf niet mee wie u bent; vraag de beheerder van het register de instelling na te kijken.',
  'geen-account':
    'Er is in dit register geen account voor uw organisatie-account; vraag de beheerder van het register om er een te maken.',
  'niet-actief': 'Dit account is niet actief.',
  mislukt: 'Aanmelden bij de aanbieder is mislukt; probeer het opnieuw.',
} as const;
export type AanmeldCode = keyof typeof AANMELD_MELDINGEN;

export const aanmeldMelding = (code: string | null): string | undefined =>
  code !== null && Object.hasOwn(AANMELD_MELDINGEN, code)
    ? AANMELD_MELDINGEN[code as AanmeldCode]
    : undefined;

/** Only a path on this site, never another origin (no open redirect), normalised as a browser would. */
export function eigenPad(doel: unknown): string {
  if (typeof doel !== 'string' || !doel.startsWith('/')) return '/';
  const basis = 'https://register.invalid';
  try {
    const url = new URL(doel, basis);
    return url.origin === basis ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}
