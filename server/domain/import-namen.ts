// SPDX-License-Identifier: EUPL-1.2
// References in an import's cells by name as well as by id (issue 22, H §2.6 stap 2): a region
// fills the sheets without inventing ids. A deelname names its knooppunt and organisatie, a
// knooppunt its gemeenten, as people know them, also when they are new in the same import. A name
// must point at one object (knooppunten: within the region the import is about); an id or code
// may be typed in any case. Unknown and ambiguous references are reported per row and column.
import { celItems, celPaar, lijstCel, paarCel, VELDEN, type CelFout, type Veld } from './fields.ts';
import type { ImportRij } from './import-plan.ts';
import { foldText, tekstSleutel } from './knooppunt-filter.ts';
import { TARGET_LABELS, type RefTarget } from './references.ts';
import type { RegistryIndex } from './registry-index.ts';

export const slug = (text: string): string =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** The readable ids a new organisatie and a new knooppunt get: the same on every run. */
export const nieuwOrganisatieId = (naam: string): string => slug(naam);
export const nieuwKnooppuntId = (regioId: string, naam: string): string =>
  `${slug(regioId)}-${slug(naam)}`;

const MEERVOUD: Record<RefTarget, string> = {
  knooppunt: 'knooppunten',
  organisatie: 'organisaties',
  thema: "thema's",
  gemeente: 'gemeenten',
  regio: "regio's",
  wet: 'wetten',
};

/** What a reference may be resolved to: the object's id, names, and for a knooppunt its region. */
interface Doel {
  id: string;
  namen: string[];
  regioId: string | null;
}

function opgeslagen(view: RegistryIndex, doel: RefTarget): Doel[] {
  const lijst = (
    map: ReadonlyMap<string, { id: string; naam: string }>,
    extra: (o: never) => Partial<Doel> = () => ({}),
  ) =>
    [...map.values()].map((o) => ({
      id: o.id,
      namen: [o.naam],
      regioId: null,
      ...extra(o as never),
    }));
  switch (doel) {
    case 'knooppunt':
      return lijst(view.knooppunten, (k: { regioId: string }) => ({ regioId: k.regioId }));
    case 'organisatie':
      return lijst(view.organisaties);
    case 'thema':
      return lijst(view.themas);
    case 'gemeente':
      return lijst(view.gemeenten);
    case 'regio':
      return lijst(view.regios);
    case 'wet':
      return lijst(view.wetten, (w: { naam: string; afkorting: string }) => ({
        namen: [w.naam, w.afkorting],
      }));
  }
}

export class ImportNamen {
  /** Per target: by lower-case id, and by folded name. */
  private readonly opId = new Map<RefTarget, Map<string, Doel>>();
  private readonly opNaam = new Map<RefTarget, Map<string, Doel[]>>();
  /** The regions of the import's knooppunten: a knooppunt's name is unique only within one. */
  private readonly regios = new Set<string>();

  constructor(view: RegistryIndex, rijen: readonly ImportRij[]) {
    const nieuw: Record<'organisatie' | 'knooppunt', Doel[]> = { organisatie: [], knooppunt: [] };
    const regio = (cel: string) => {
      const gevonden = this.zoek('regio', cel.trim(), null);
      return 'id' in gevonden ? gevonden.id : cel.trim();
    };
    for (const doel of Object.keys(TARGET_LABELS) as RefTarget[])
      this.voegToe(doel, opgeslagen(view, doel));
    for (const rij of rijen) {
      const naam = (rij.cellen['naam'] ?? '').trim();
      if (naam === '') continue;
      const id = rij.cellen['id']?.trim();
      if (rij.kind === 'organisatie')
        nieuw.organisatie.push({
          id: id || nieuwOrganisatieId(naam),
          namen: [naam],
          regioId: null,
        });
      if (rij.kind === 'knooppunt') {
        const regioId = regio(rij.cellen['regioId'] ?? '');
        this.regios.add(regioId);
        nieuw.knooppunt.push({ id: id || nieuwKnooppuntId(regioId, naam), namen: [naam], regioId });
      }
    }
    // An object the import rewrites is known by its new name, not its old one.
    for (const doel of ['organisatie', 'knooppunt'] as const) {
      const herschreven = new Set(nieuw[doel].map((d) => d.id));
      const blijft = opgeslagen(view, doel).filter((d) => !herschreven.has(d.id));
      this.opId.delete(doel);
      this.opNaam.delete(doel);
      this.voegToe(doel, [...blijft, ...nieuw[doel]]);
    }
  }

  private voegToe(doel: RefTarget, lijst: readonly Doel[]): void {
    const opId = this.opId.get(doel) ?? new Map<string, Doel>();
    const opNaam = this.opNaam.get(doel) ?? new Map<string, Doel[]>();
    for (const d of lijst) {
      opId.set(d.id.toLowerCase(), d);
      for (const naam of new Set(d.namen.map(tekstSleutel))) {
        const al = opNaam.get(naam) ?? [];
        if (!al.some((a) => a.id === d.id)) opNaam.set(naam, [...al, d]);
      }
    }
    this.opId.set(doel, opId);
    this.opNaam.set(doel, opNaam);
  }

  /** The name of what an id points at, as this import leaves it; the id itself when unknown. */
  naam(doel: RefTarget, id: string): string {
    const d = this.opId.get(doel)?.get(id.toLowerCase());
    return d?.namen.at(-1) ?? id;
  }

  /** An id, or a name of one object; for knooppunten within `regioId` or the import's regions. */
  private zoek(
    doel: RefTarget,
    tekst: string,
    regioId: string | null,
  ): { id: string } | { melding: string } {
    const opId = this.opId.get(doel)?.get(tekst.toLowerCase());
    if (opId) return { id: opId.id };
    let kandidaten = this.opNaam.get(doel)?.get(tekstSleutel(tekst)) ?? [];
    if (doel === 'knooppunt' && kandidaten.length > 1) {
      const voorkeur = regioId !== null ? new Set([regioId]) : this.regios;
      const binnen = kandidaten.filter((k) => k.regioId !== null && voorkeur.has(k.regioId));
      if (binnen.length > 0) kandidaten = binnen;
    }
    if (kandidaten.length === 1) return { id: kandidaten[0]!.id };
    const soort = TARGET_LABELS[doel];
    if (kandidaten.length === 0)
      return {
        melding:
          doel === 'gemeente'
            ? `Er is geen gemeente ‘${tekst}’: vul de CBS-code (zoals GM0400) of de naam van de gemeente in`
            : `Er is geen ${soort} met het id of de naam ‘${tekst}’, in het register of in deze import`,
      };
    return {
      melding: `‘${tekst}’ is de naam van ${kandidaten.length} ${MEERVOUD[doel]} (${kandidaten
        .map((k) => k.id)
        .join(', ')}); vul het id in`,
    };
  }

  /** The row's cells with every reference as an id, and what could not be resolved. */
  los(rij: ImportRij): { cellen: Record<string, string>; fouten: CelFout[] } {
    const cellen = { ...rij.cellen };
    const fouten: CelFout[] = [];
    // A knooppunt's own region comes first when a name it mentions fits knooppunten in several.
    const regio =
      rij.kind === 'knooppunt' ? this.zoek('regio', (cellen['regioId'] ?? '').trim(), null) : null;
    const eigenRegio = regio && 'id' in regio ? regio.id : null;
    for (const veld of VELDEN[rij.kind]) {
      const cel = cellen[veld.pad];
      if (cel === undefined || cel.trim() === '' || veld.alleenLezen) continue;
      const los = (doel: RefTarget, tekst: string): string => {
        const r = this.zoek(doel, tekst, eigenRegio);
        if ('id' in r) return r.id;
        fouten.push({ pad: veld.pad, melding: r.melding });
        return tekst;
      };
      const opgelost = this.losCel(veld, cel, los);
      if (opgelost !== null) cellen[veld.pad] = opgelost;
    }
    return { cellen, fouten };
  }

  private losCel(
    veld: Veld,
    cel: string,
    los: (doel: RefTarget, tekst: string) => string,
  ): string | null {
    switch (veld.soort) {
      case 'ref':
        return los(veld.doel!, cel.trim());
      case 'refs':
        return lijstCel(celItems(cel).map((t) => los(veld.doel!, t)));
      case 'wetten':
      case 'aanpalend':
        return lijstCel(
          celItems(cel).map((item) => {
            const [eerste, tweede] = celPaar(item);
            // Without a reason an aanpalend item stays as typed: fields.ts names what is missing.
            if (veld.soort === 'aanpalend' && tweede === null) return item;
            return paarCel(los(veld.soort === 'wetten' ? 'wet' : 'knooppunt', eerste), tweede);
          }),
        );
      default:
        return null;
    }
  }
}
