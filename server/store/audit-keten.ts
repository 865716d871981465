// SPDX-License-Identifier: EUPL-1.2
// The process's side of the audit chain, shared by both adapters: the key (from configuration,
// never in the store) and the highest head this process has itself appended or verified. That
// memory lives outside the store, so a trail cut off below it is noticed even without an anchor.
import { hkdfSync } from 'node:crypto';
import {
  ankerHandtekening,
  ankerOndertekend,
  chainRecord,
  verifyAnker,
  verifyChain,
  type AuditAnker,
  type AuditEntry,
  type AuditRecord,
  type ChainCheck,
  type GetekendAnker,
} from '../domain/audit.ts';

/** What every adapter is given for its audit trail. */
export interface AuditOptions {
  /** The key of the chain's HMAC (AUDIT_SLEUTEL). */
  auditSleutel: string;
  /** Called with the new head after every audit record that committed: the app logs it, an anchor outside the store. */
  onAppend?: (anker: AuditAnker) => void;
}

export class AuditKeten {
  // A private field, not a property: the key never ends up in a log line or JSON of the store.
  readonly #sleutel: string;
  readonly #onAppend: (anker: AuditAnker) => void;
  #hoogste: AuditAnker | null = null;

  constructor(options: AuditOptions) {
    this.#sleutel = options.auditSleutel;
    this.#onAppend = options.onAppend ?? (() => {});
  }

  /** The record that follows `previous`. */
  volgende(previous: AuditAnker | null, tijd: Date, entry: AuditEntry): AuditRecord {
    return chainRecord(previous, tijd, entry, this.#sleutel);
  }

  /** After the record's transaction committed (never before: a rolled-back record is no head). */
  vastgelegd(record: AuditRecord): void {
    const anker = { volgnummer: record.volgnummer, hash: record.hash };
    this.gezien(anker);
    this.#onAppend(anker);
  }

  /** Remembers a head this process saw, if it is the highest yet. */
  gezien(anker: AuditAnker): void {
    if (this.#hoogste === null || anker.volgnummer > this.#hoogste.volgnummer)
      this.#hoogste = { volgnummer: anker.volgnummer, hash: anker.hash };
  }

  /** The highest head seen; read it before reading the records it is checked against. */
  get hoogste(): AuditAnker | null {
    return this.#hoogste;
  }

  /**
   * A 256-bit key for another purpose, derived from the chain's key with HKDF-SHA256 and the
   * purpose as its label: every instance that shares AUDIT_SLEUTEL derives the same key, while
   * the derived key tells nothing of the chain's key, nor of a key for another purpose.
   */
  afgeleideSleutel(doel: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.#sleutel, 'knooppuntenregister', doel, 32));
  }

  /** The head, signed for an auditor to keep elsewhere. */
  onderteken(anker: AuditAnker): GetekendAnker {
    return {
      volgnummer: anker.volgnummer,
      hash: anker.hash,
      handtekening: ankerHandtekening(anker, this.#sleutel),
    };
  }

  /**
   * Checks the records from the first against the key, then against the auditor's anchor (if
   * given) and against `gezien`, the highest head this process saw before the records were read.
   */
  controleer(
    records: readonly AuditRecord[],
    anker: GetekendAnker | undefined,
    gezien: AuditAnker | null,
  ): ChainCheck {
    const chain = verifyChain(records, this.#sleutel);
    if (!chain.intact) return chain;
    const broken = (breuk: { volgnummer: number | null; reden: string }): ChainCheck => ({
      intact: false,
      aantal: records.length,
      ...breuk,
    });
    if (anker) {
      if (!ankerOndertekend(anker, this.#sleutel)) {
        return broken({
          volgnummer: anker.volgnummer,
          reden:
            'de handtekening van het anker klopt niet: het komt niet van dit register, is gewijzigd, of de sleutel is vervangen',
        });
      }
      const breuk = verifyAnker(records, anker, 'het anker');
      if (breuk) return broken(breuk);
    }
    const breuk = gezien && verifyAnker(records, gezien, 'wat deze server zag');
    return breuk ? broken(breuk) : chain;
  }
}
