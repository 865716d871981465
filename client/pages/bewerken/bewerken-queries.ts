// SPDX-License-Identifier: EUPL-1.2
// The operations of the edit page. Objects come back in the shape editors write (ids, not
// nested objects), so the form's cells are made by the same code as an export's (fields.ts).
import type {
  DeelnameGegevens,
  EditableKind,
  KnooppuntGegevens,
  OverdrachtGegevens,
} from '../../../server/domain/model.ts';
import { gql } from '../../shared/api.ts';
import type { Opties } from './formulier.ts';
import type { Keuze } from '../../shared/queries.ts';

const WET = 'wetten { wet { id } artikel }';
const DOC = 'status datum geldigTot';
const KNOOPPUNT = `id versie naam regio { id } functie werkproces wettelijkeBasis wettelijkeBasisToelichting ${WET} taakhouder { id }
  samenstelling maatschappelijkeOpgave doel doelgroep leeftijdMin leeftijdMax aanmeldcriteria signalen schaal themas { id } werkgebied { id }
  belegdBij { id } verwerkingsverantwoordelijkheid verwerkingsverantwoordelijke { id } gezamenlijkeRegeling
  convenant { ${DOC} } privacyprotocol { ${DOC} } dpia { ${DOC} } bewaartermijn bewaartermijnOnderbouwing privacyverklaring
  informerenBetrokkenen contactpuntRechten risicos maatregelen geverifieerdDoor geverifieerdOp aanpalend { knooppunt { id } reden }
  geldigVanaf geldigTot`;
const DEELNAME = `id versie knooppunt { id } organisatie { id naam } rol taak ${WET} grondslag beroepsgeheim beroepsgeheimRegeling
  bijzondereGegevens strafrechtelijkeGegevens bsn verwerkingsbasisBijzonder convenantpartner noodzaak`;
const OVERDRACHT =
  'id versie van { id } naar { id naam } soort criteria aanmeldingDoor aanmelder { id } informatie warm clientGeinformeerdDoor';

type Id = { id: string } | null;
type Wetten = { wet: { id: string }; artikel: string | null }[];
type Versie = { id: string; versie: number };
type Raw = Record<string, unknown> & Versie;

const idVan = (o: unknown) => (o as Id)?.id ?? null;
const wetten = (w: unknown) => (w as Wetten).map((x) => ({ wetId: x.wet.id, artikel: x.artikel }));

function knooppuntGegevens(k: Raw): KnooppuntGegevens {
  const {
    id: _id,
    versie: _v,
    regio,
    taakhouder,
    themas,
    werkgebied,
    belegdBij,
    verwerkingsverantwoordelijke,
    aanpalend,
    wetten: w,
    ...rest
  } = k;
  return {
    ...(rest as unknown as KnooppuntGegevens),
    regioId: idVan(regio)!,
    taakhouderId: idVan(taakhouder),
    themaIds: (themas as Keuze[]).map((t) => t.id),
    gemeenteIds: (werkgebied as Keuze[]).map((g) => g.id),
    belegdBijId: idVan(belegdBij),
    verwerkingsverantwoordelijkeId: idVan(verwerkingsverantwoordelijke),
    aanpalend: (aanpalend as { knooppunt: Keuze; reden: string }[]).map((a) => ({
      knooppuntId: a.knooppunt.id,
      reden: a.reden,
    })),
    wetten: wetten(w),
  };
}

function deelnameGegevens(d: Raw): DeelnameGegevens {
  const { id: _id, versie: _v, knooppunt, organisatie, wetten: w, ...rest } = d;
  return {
    ...(rest as unknown as DeelnameGegevens),
    knooppuntId: idVan(knooppunt)!,
    organisatieId: idVan(organisatie)!,
    wetten: wetten(w),
  };
}

function overdrachtGegevens(o: Raw): OverdrachtGegevens {
  const { id: _id, versie: _v, van, naar, aanmelder, ...rest } = o;
  return {
    ...(rest as unknown as OverdrachtGegevens),
    vanId: idVan(van)!,
    naarId: idVan(naar)!,
    aanmelderId: idVan(aanmelder),
  };
}

/** An object as stored, with what the page shows of it in lists. */
export interface Bewerkbaar<G> extends Versie {
  gegevens: G;
  naam: string;
}

export interface BewerkbaarKnooppunt extends Bewerkbaar<KnooppuntGegevens> {
  rechten: { wijzigen: boolean; verwijderen: boolean };
  deelnames: Bewerkbaar<DeelnameGegevens>[];
  overdrachten: Bewerkbaar<OverdrachtGegevens>[];
}

export async function laadKnooppunt(id: string): Promise<BewerkbaarKnooppunt | null> {
  const { knooppunt: k } = await gql<{
    knooppunt:
      | (Raw & {
          rechten: BewerkbaarKnooppunt['rechten'];
          deelnames: Raw[];
          overdrachtenUit: Raw[];
        })
      | null;
  }>(
    `query($id: ID!) { knooppunt(id: $id) { ${KNOOPPUNT} rechten { wijzigen verwijderen } deelnames { ${DEELNAME} } overdrachtenUit { ${OVERDRACHT} } } }`,
    { id },
  );
  if (!k) return null;
  const { rechten, deelnames, overdrachtenUit, ...rest } = k;
  return {
    id: k.id,
    versie: k.versie,
    naam: k['naam'] as string,
    gegevens: knooppuntGegevens(rest),
    rechten,
    deelnames: deelnames.map((d) => ({
      id: d.id,
      versie: d.versie,
      naam: (d['organisatie'] as Keuze).naam,
      gegevens: deelnameGegevens(d),
    })),
    overdrachten: overdrachtenUit.map((o) => ({
      id: o.id,
      versie: o.versie,
      naam: (o['naar'] as Keuze).naam,
      gegevens: overdrachtGegevens(o),
    })),
  };
}

/** The current state of one object, for the conflict view. */
export async function laadHuidig(
  kind: EditableKind,
  id: string,
): Promise<Bewerkbaar<object> | null> {
  if (kind === 'knooppunt') return laadKnooppunt(id);
  const velden = kind === 'deelname' ? DEELNAME : OVERDRACHT;
  const data = await gql<Record<string, Raw | null>>(
    `query($id: ID!) { ${kind}(id: $id) { ${velden} } }`,
    { id },
  );
  const raw = data[kind];
  if (!raw) return null;
  return {
    id: raw.id,
    versie: raw.versie,
    naam: '',
    gegevens: kind === 'deelname' ? deelnameGegevens(raw) : overdrachtGegevens(raw),
  };
}

/** What the reference fields can point at: the region's gemeenten and knooppunten, all the rest. */
export async function laadOpties(regioId: string): Promise<Opties> {
  const d = await gql<{
    regios: Keuze[];
    themas: Keuze[];
    organisaties: Keuze[];
    wetten: (Keuze & { afkorting: string })[];
    gemeenten: Keuze[];
    knooppunten: { items: Keuze[] };
  }>(
    `query($regio: ID!) { regios { id naam } themas { id naam } organisaties { id naam } wetten { id naam afkorting } gemeenten(regioId: $regio) { id naam }
      knooppunten(filter: { regioIds: [$regio], ookBeeindigd: true }, eerste: 1000) { items { id naam } } }`,
    { regio: regioId },
  );
  return {
    regio: d.regios,
    thema: d.themas,
    organisatie: d.organisaties,
    wet: d.wetten.map((w) => ({ id: w.id, naam: `${w.afkorting} — ${w.naam}` })),
    gemeente: d.gemeenten,
    knooppunt: d.knooppunten.items,
  };
}

/** The schema's name of a kind: createKnooppunt, KnooppuntInput, ... */
const naam = (kind: EditableKind) => kind[0]!.toUpperCase() + kind.slice(1);

/** Creates (id null) or updates from the version the editor started from. */
export async function schrijf(
  kind: EditableKind,
  id: string | null,
  versie: number,
  input: Record<string, unknown>,
): Promise<Versie> {
  if (id === null) {
    const d = await gql<Record<string, Versie>>(
      `mutation($i: ${naam(kind)}Input!) { r: create${naam(kind)}(input: $i) { id versie } }`,
      { i: input },
    );
    return d['r']!;
  }
  const d = await gql<Record<string, Versie>>(
    `mutation($id: ID!, $v: Int!, $i: ${naam(kind)}Input!) { r: update${naam(kind)}(id: $id, versie: $v, input: $i) { id versie } }`,
    { id, v: versie, i: input },
  );
  return d['r']!;
}

export const verwijder = (kind: EditableKind, id: string, versie: number) =>
  gql(`mutation($id: ID!, $v: Int!) { delete${naam(kind)}(id: $id, versie: $v) }`, {
    id,
    v: versie,
  });
