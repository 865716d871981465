// SPDX-License-Identifier: EUPL-1.2
// What a password must be beyond its length (security review L6): not guessable from common
// passwords, Dutch and English words, keyboard patterns, dates, or the account's own name.
// zxcvbn-ts estimates the guesses an attacker needs; score 4 ("very unguessable") is the first
// that refuses every weak example of the review, "Welkom2026!!" included.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';
import { ValidationError } from '../domain/errors.ts';

const MIN_SCORE = 4;

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary, ...nl.dictionary },
  graphs: common.adjacencyGraphs,
});

/** Refuses a weak password, naming the field; the account's own names count as known words. */
export function controleerWachtwoord(wachtwoord: string, bekend: readonly string[]): void {
  const woorden = bekend
    .flatMap((b) => [b, ...b.split(/[^\p{L}\p{N}]+/u)])
    .filter((w) => w.length >= 3);
  if (woorden.some((w) => wachtwoord.toLowerCase() === w.toLowerCase())) {
    throw ValidationError.field(
      'input.wachtwoord',
      'Wachtwoord mag niet gelijk zijn aan de gebruikersnaam of de naam',
    );
  }
  if (zxcvbn.check(wachtwoord, woorden).score < MIN_SCORE) {
    throw ValidationError.field(
      'input.wachtwoord',
      'Wachtwoord is te makkelijk te raden (een bekend wachtwoord, woord, patroon of uw eigen naam); kies bijvoorbeeld vier losse woorden',
    );
  }
}
