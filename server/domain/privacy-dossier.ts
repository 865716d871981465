// SPDX-License-Identifier: EUPL-1.2
// The paperwork a knooppunt needs (issue 21) made from its description: the privacyverklaring
// (H §3.5), the art. 30 AVG entries, a draft convenant and privacyprotocol (H §3.8) and a DPIA
// pre-scan (H §3.4). One plain document model for all of them, so a page, a CSV, a DOCX and a PDF
// show the same contents. Every value comes from the registry; what it does not describe is a gap
// (waarde null), shown as GAT in the documents, never filled with a guess.
import { datumInWoorden, nederlandseDag } from './kalender.ts';
import { ENUM_LABELS } from './enum-labels.ts';
import type {
  Deelname,
  Gegevenscategorie,
  Knooppunt,
  Organisatie,
  Regio,
  WetVerwijzing,
} from './model.ts';
import type { RegistryIndex } from './registry-index.ts';

/** What a document says where the registry describes nothing: a gap to complete, never a guess. */
export const GAT = 'Niet beschreven in het register — aanvullen';

export interface DocumentVeld {
  label: string;
  /** The lines of the value; null: not described (a gap). */
  waarde: string[] | null;
}

export interface DocumentSectie {
  kop: string;
  /** Where the handreiking or the law asks for it ("H §3.8", "art. 30 lid 1 onder b AVG"). */
  bron: string | null;
  /** A sentence under the heading, e.g. what the section is for. */
  inleiding: string | null;
  velden: DocumentVeld[];
}

/** The description a document was made from: which version, last changed when. */
export interface DocumentBron {
  knooppuntId: string;
  naam: string;
  versie: number;
  gewijzigdOp: string;
}

export type PrivacyDocumentSoort = 'PRIVACYVERKLARING' | 'ART30' | 'CONVENANT' | 'DPIA_SCAN';

export interface PrivacyDocument {
  soort: PrivacyDocumentSoort;
  titel: string;
  /** Whom or what the document is about: the knooppunt's or the organisation's name. */
  onderwerp: string;
  bronnen: DocumentBron[];
  secties: DocumentSectie[];
}

/** One participation with its organisation. */
export interface Deelnemer {
  deelname: Deelname;
  organisatie: Organisatie;
}

/** Everything the documents of one knooppunt draw on, looked up once. */
export interface Dossier {
  knooppunt: Knooppunt;
  regio: Regio | undefined;
  deelnemers: Deelnemer[];
  verantwoordelijke: Organisatie | undefined;
  /** "Jeugdwet art. 7.1.1.1": a law reference in words. */
  wet: (w: WetVerwijzing) => string;
}

export function dossierVan(index: RegistryIndex, knooppuntId: string): Dossier | undefined {
  const knooppunt = index.knooppunten.get(knooppuntId);
  if (!knooppunt) return undefined;
  const deelnemers = (index.deelnamesVanKnooppunt.get(knooppuntId) ?? [])
    .flatMap((deelname) => {
      const organisatie = index.organisaties.get(deelname.organisatieId);
      return organisatie ? [{ deelname, organisatie }] : [];
    })
    .sort((a, b) => a.organisatie.naam.localeCompare(b.organisatie.naam, 'nl'));
  return {
    knooppunt,
    regio: index.regios.get(knooppunt.regioId),
    deelnemers,
    verantwoordelijke: knooppunt.verwerkingsverantwoordelijkeId
      ? index.organisaties.get(knooppunt.verwerkingsverantwoordelijkeId)
      : undefined,
    wet: (w) => {
      const naam = index.wetten.get(w.wetId)?.naam ?? w.wetId;
      return w.artikel ? `${naam}, ${w.artikel}` : naam;
    },
  };
}

/** The dossiers of the knooppunten an organisation takes part in, by name: its art. 30 entries. */
export function dossiersVanOrganisatie(index: RegistryIndex, organisatieId: string): Dossier[] {
  const knooppuntIds = new Set(
    (index.deelnamesVanOrganisatie.get(organisatieId) ?? []).map((d) => d.knooppuntId),
  );
  return [...knooppuntIds]
    .map((id) => dossierVan(index, id))
    .filter((d): d is Dossier => d !== undefined)
    .sort((a, b) => a.knooppunt.naam.localeCompare(b.knooppunt.naam, 'nl'));
}

export const bronVan = (k: Knooppunt): DocumentBron => ({
  knooppuntId: k.id,
  naam: k.naam,
  versie: k.versie,
  gewijzigdOp: k.gewijzigdOp,
});

/** A moment (ISO timestamp) as the Dutch date it fell on: "2 december 2026". */
export const datumVan = (iso: string): string => datumInWoorden(nederlandseDag(iso));

/** "Gemaakt uit versie 4 van de beschrijving van …, gewijzigd op 2 december 2026" (issue 21). */
export const bronZin = (b: DocumentBron): string =>
  `Gemaakt uit versie ${b.versie} van de beschrijving van ${b.naam}, gewijzigd op ${datumVan(b.gewijzigdOp)}.`;

// Small makers of fields: each reads one thing from the description, and a gap stays a gap.

/** Free text: its lines, or a gap when empty. */
export function tekst(label: string, waarde: string | null | undefined): DocumentVeld {
  const regels = (waarde ?? '')
    .split(/\r?\n/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  return { label, waarde: regels.length > 0 ? regels : null };
}

/** Lines already made; none is a gap. */
export const regels = (label: string, lijst: readonly string[]): DocumentVeld => ({
  label,
  waarde: lijst.length > 0 ? [...lijst] : null,
});

/** A yes/no the description may leave open (null): "Ja"/"Nee" with what it means, or a gap. */
export function janee(label: string, waarde: boolean | null): DocumentVeld {
  return { label, waarde: waarde === null ? null : [waarde ? 'Ja' : 'Nee'] };
}

/** An ISO date in words, or a gap. */
export const datumVeld = (label: string, iso: string | null): DocumentVeld => ({
  label,
  waarde: iso ? [datumInWoorden(iso)] : null,
});

export const label = <E extends keyof typeof ENUM_LABELS>(soort: E, code: string): string =>
  (ENUM_LABELS[soort] as Readonly<Record<string, string>>)[code] ?? code;

/** The four phases of the generic werkproces (H §4.3) with the data each may handle. */
export function fasen(k: Knooppunt): { fase: string; gegevens: Gegevenscategorie[] }[] {
  return [
    { fase: 'Fase 1, aanmelding en intake', gegevens: k.gegevensAanmelding },
    { fase: 'Fase 2, triage', gegevens: k.gegevensTriage },
    // R26: a meldpunt has no casusoverleg of its own (H §2.3).
    ...(k.functie === 'OVERLEGTAFEL'
      ? [{ fase: 'Fase 3, casusoverleg en monitoring', gegevens: k.gegevensCasusoverleg }]
      : []),
    { fase: 'Fase 4, afsluiten of overdragen', gegevens: k.gegevensAfsluiting },
  ];
}

/** Every data category any phase names, in the order of the vocabulary. */
export function alleGegevens(k: Knooppunt): Gegevenscategorie[] {
  const genoemd = new Set(fasen(k).flatMap((f) => f.gegevens));
  return (Object.keys(ENUM_LABELS.Gegevenscategorie) as Gegevenscategorie[]).filter((c) =>
    genoemd.has(c),
  );
}

/** The data per phase, one field each; an empty phase is a gap. */
export const gegevensPerFase = (k: Knooppunt): DocumentVeld[] =>
  fasen(k).map(({ fase, gegevens }) =>
    regels(
      fase,
      gegevens.map((c) => label('Gegevenscategorie', c)),
    ),
  );

/** Who of the deelnemers handles a kind of data ("GGZ Noord (Vaste deelnemer)"). */
export const deelnemersMet = (d: Dossier, mag: (x: Deelname) => boolean): string[] =>
  d.deelnemers.filter((x) => mag(x.deelname)).map((x) => x.organisatie.naam);

/** The controller as described: one party by name, joint (art. 26 AVG), or a gap. */
export function verantwoordelijkheid(d: Dossier): DocumentVeld {
  const k = d.knooppunt;
  const naam = d.verantwoordelijke ? [d.verantwoordelijke.naam] : [];
  const veld = 'Verwerkingsverantwoordelijke';
  if (k.verwerkingsverantwoordelijkheid === 'GEZAMENLIJK')
    return regels(veld, [label('Verwerkingsverantwoordelijkheid', 'GEZAMENLIJK'), ...naam]);
  // One party, but which is not described, is as much a gap as "onbekend".
  return regels(veld, k.verwerkingsverantwoordelijkheid === 'EEN_PARTIJ' ? naam : []);
}

/** The law references of a deelname or knooppunt in words. */
export const wettenVan = (d: Dossier, wetten: readonly WetVerwijzing[]): string[] =>
  wetten.map(d.wet);
