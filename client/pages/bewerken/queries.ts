// SPDX-License-Identifier: EUPL-1.2
// The operations of the edit page, with generated types (`npm run codegen`). Objects come back
// in the shape editors write (ids, not nested objects), so the form's cells are made by the same
// code as an export's (fields.ts).
import type {
  DeelnameGegevens,
  EditableKind,
  EditableKinds,
  KnooppuntGegevens,
  OverdrachtGegevens,
} from '../../../server/domain/model.ts';
import { gql } from '../../shared/api.ts';
import { graphql } from '../../shared/gql/gql.ts';
import type {
  BewerkenDeelnameVeldenFragment,
  BewerkenKnooppuntVeldenFragment,
  BewerkenOverdrachtVeldenFragment,
} from '../../shared/gql/graphql.ts';
import type { Opties } from './formulier.ts';

graphql(/* GraphQL */ `
  fragment BewerkenKnooppuntVelden on Knooppunt {
    id
    versie
    gewijzigdOp
    naam
    regio {
      id
    }
    functie
    werkproces
    wettelijkeBasis
    wettelijkeBasisToelichting
    wetten {
      wet {
        id
      }
      artikel
    }
    taakhouder {
      id
    }
    samenstelling
    maatschappelijkeOpgave
    doel
    doelgroep
    leeftijdMin
    leeftijdMax
    aanmeldcriteria
    signalen
    uitsluitingen
    schaal
    themas {
      id
    }
    werkgebied {
      id
    }
    belegdBij {
      id
    }
    verwerkingsverantwoordelijkheid
    verwerkingsverantwoordelijke {
      id
    }
    gezamenlijkeRegeling
    convenant {
      status
      datum
      geldigTot
    }
    privacyprotocol {
      status
      datum
      geldigTot
    }
    dpia {
      status
      datum
      geldigTot
    }
    bewaartermijn
    bewaartermijnOnderbouwing
    privacyverklaring
    informerenBetrokkenen
    contactpuntRechten
    risicos
    maatregelen
    noodzaakSamenwerking
    proportionaliteit
    verderGebruik
    verderGebruikToelichting
    gegevensAanmelding
    gegevensTriage
    gegevensCasusoverleg
    gegevensAfsluiting
    functionarisGegevensbescherming
    fgBetrokkenBijDpia
    autorisatiePerCasus
    toegangLogging
    datalekkenprocedure
    informerenMoment
    informerenInhoud
    informerenUitzonderingen
    uitzonderingHeroverweging
    convenantOnderwerpen
    faseringVastgelegd
    vernietigingBijNietPassend
    terugvalEnVerlenging
    evaluatieGepland
    privacyAuditGepland
    typeRisicoAfspraken
    geheimhoudingsverklaring
    geverifieerdDoor
    geverifieerdOp
    verificatie {
      namens {
        id
      }
      geraadpleegd {
        organisatie {
          id
        }
        rol
      }
      bevestigd
      toelichting
    }
    aanpalend {
      knooppunt {
        id
      }
      reden
    }
    geldigVanaf
    geldigTot
  }
`);

graphql(/* GraphQL */ `
  fragment BewerkenDeelnameVelden on Deelname {
    id
    versie
    gewijzigdOp
    knooppunt {
      id
    }
    organisatie {
      id
      naam
    }
    rol
    taak
    wetten {
      wet {
        id
      }
      artikel
    }
    grondslag
    beroepsgeheim
    beroepsgeheimRegeling
    bijzondereGegevens
    strafrechtelijkeGegevens
    bsn
    verwerkingsbasisBijzonder
    convenantpartner
    noodzaak
    geheimhoudingOfVerstrekking
  }
`);

graphql(/* GraphQL */ `
  fragment BewerkenOverdrachtVelden on Overdracht {
    id
    versie
    gewijzigdOp
    van {
      id
    }
    naar {
      id
      naam
    }
    soort
    criteria
    aanmeldingDoor
    aanmelder {
      id
    }
    informatie
    warm
    clientGeinformeerdDoor
  }
`);

const KNOOPPUNT = graphql(/* GraphQL */ `
  query BewerkenKnooppunt($id: ID!) {
    knooppunt(id: $id) {
      ...BewerkenKnooppuntVelden
      rechten {
        wijzigen
        verwijderen
      }
      deelnames {
        ...BewerkenDeelnameVelden
      }
      overdrachtenUit {
        ...BewerkenOverdrachtVelden
      }
    }
  }
`);

const HUIDIGE_DEELNAME = graphql(/* GraphQL */ `
  query BewerkenHuidigeDeelname($id: ID!) {
    deelname(id: $id) {
      ...BewerkenDeelnameVelden
    }
  }
`);

const HUIDIGE_OVERDRACHT = graphql(/* GraphQL */ `
  query BewerkenHuidigeOverdracht($id: ID!) {
    overdracht(id: $id) {
      ...BewerkenOverdrachtVelden
    }
  }
`);

const OPTIES = graphql(/* GraphQL */ `
  query BewerkenOpties($regio: ID!) {
    regios {
      id
      naam
    }
    themas {
      id
      naam
    }
    organisaties {
      id
      naam
    }
    wetten {
      id
      naam
      afkorting
    }
    gemeenten(regioId: $regio) {
      id
      naam
    }
    knooppunten(filter: { regioIds: [$regio], ookBeeindigd: true }, eerste: 1000) {
      items {
        id
        naam
      }
    }
  }
`);

const MAAK_KNOOPPUNT = graphql(/* GraphQL */ `
  mutation BewerkenMaakKnooppunt($input: KnooppuntInput!) {
    createKnooppunt(input: $input) {
      id
      versie
    }
  }
`);
const WIJZIG_KNOOPPUNT = graphql(/* GraphQL */ `
  mutation BewerkenWijzigKnooppunt($id: ID!, $versie: Int!, $input: KnooppuntInput!) {
    updateKnooppunt(id: $id, versie: $versie, input: $input) {
      id
      versie
    }
  }
`);
const VERWIJDER_KNOOPPUNT = graphql(/* GraphQL */ `
  mutation BewerkenVerwijderKnooppunt($id: ID!, $versie: Int!) {
    deleteKnooppunt(id: $id, versie: $versie)
  }
`);
const MAAK_DEELNAME = graphql(/* GraphQL */ `
  mutation BewerkenMaakDeelname($input: DeelnameInput!) {
    createDeelname(input: $input) {
      id
      versie
    }
  }
`);
const WIJZIG_DEELNAME = graphql(/* GraphQL */ `
  mutation BewerkenWijzigDeelname($id: ID!, $versie: Int!, $input: DeelnameInput!) {
    updateDeelname(id: $id, versie: $versie, input: $input) {
      id
      versie
    }
  }
`);
const VERWIJDER_DEELNAME = graphql(/* GraphQL */ `
  mutation BewerkenVerwijderDeelname($id: ID!, $versie: Int!) {
    deleteDeelname(id: $id, versie: $versie)
  }
`);
const MAAK_OVERDRACHT = graphql(/* GraphQL */ `
  mutation BewerkenMaakOverdracht($input: OverdrachtInput!) {
    createOverdracht(input: $input) {
      id
      versie
    }
  }
`);
const WIJZIG_OVERDRACHT = graphql(/* GraphQL */ `
  mutation BewerkenWijzigOverdracht($id: ID!, $versie: Int!, $input: OverdrachtInput!) {
    updateOverdracht(id: $id, versie: $versie, input: $input) {
      id
      versie
    }
  }
`);
const VERWIJDER_OVERDRACHT = graphql(/* GraphQL */ `
  mutation BewerkenVerwijderOverdracht($id: ID!, $versie: Int!) {
    deleteOverdracht(id: $id, versie: $versie)
  }
`);

/** The kinds this page edits; organisaties are kept on the beheer page. */
export type BewerkKind = Exclude<EditableKind, 'organisatie'>;
export type Gegevens<K extends BewerkKind> = EditableKinds[K]['gegevens'];

interface Versie {
  id: string;
  versie: number;
}

/** An object as stored, with the name lists call it by. */
export interface Bewerkbaar<G> extends Versie {
  gegevens: G;
  /** The knooppunt's name; a deelname's organisatie; a route's destination. */
  naam: string;
  /** When it was last saved (ISO), shown in the conflict view. */
  gewijzigdOp: string;
}

export interface BewerkbaarKnooppunt extends Bewerkbaar<KnooppuntGegevens> {
  rechten: { wijzigen: boolean; verwijderen: boolean };
  deelnames: Bewerkbaar<DeelnameGegevens>[];
  overdrachten: Bewerkbaar<OverdrachtGegevens>[];
}

type Wetten = BewerkenKnooppuntVeldenFragment['wetten'];
const wetten = (w: Wetten) => w.map((x) => ({ wetId: x.wet.id, artikel: x.artikel }));

function knooppunt(k: BewerkenKnooppuntVeldenFragment): Bewerkbaar<KnooppuntGegevens> {
  const { id, versie, gewijzigdOp, naam, regio, taakhouder, themas, werkgebied, ...rest } = k;
  const {
    belegdBij,
    verwerkingsverantwoordelijke,
    aanpalend,
    wetten: w,
    verificatie: v,
    ...velden
  } = rest;
  return {
    id,
    versie,
    gewijzigdOp,
    naam,
    gegevens: {
      ...velden,
      naam,
      regioId: regio.id,
      taakhouderId: taakhouder?.id ?? null,
      themaIds: themas.map((t) => t.id),
      gemeenteIds: werkgebied.map((g) => g.id),
      belegdBijId: belegdBij?.id ?? null,
      verwerkingsverantwoordelijkeId: verwerkingsverantwoordelijke?.id ?? null,
      aanpalend: aanpalend.map((a) => ({ knooppuntId: a.knooppunt.id, reden: a.reden })),
      wetten: wetten(w),
      // Shown read-only in the form (fields.ts); never sent back (see SCHRIJVERS).
      verificatie: v && {
        namensId: v.namens?.id ?? null,
        geraadpleegd: v.geraadpleegd.map((g) => ({
          organisatieId: g.organisatie.id,
          rol: g.rol ?? null,
        })),
        bevestigd: v.bevestigd,
        toelichting: v.toelichting ?? null,
      },
    },
  };
}

function deelname(d: BewerkenDeelnameVeldenFragment): Bewerkbaar<DeelnameGegevens> {
  const { id, versie, gewijzigdOp, knooppunt: k, organisatie, wetten: w, ...velden } = d;
  return {
    id,
    versie,
    gewijzigdOp,
    naam: organisatie.naam,
    gegevens: {
      ...velden,
      knooppuntId: k.id,
      organisatieId: organisatie.id,
      wetten: wetten(w),
    },
  };
}

function overdracht(o: BewerkenOverdrachtVeldenFragment): Bewerkbaar<OverdrachtGegevens> {
  const { id, versie, gewijzigdOp, van, naar, aanmelder, ...velden } = o;
  return {
    id,
    versie,
    gewijzigdOp,
    naam: naar.naam,
    gegevens: { ...velden, vanId: van.id, naarId: naar.id, aanmelderId: aanmelder?.id ?? null },
  };
}

export async function laadKnooppunt(id: string): Promise<BewerkbaarKnooppunt | null> {
  const { knooppunt: k } = await gql(KNOOPPUNT, { id });
  if (!k) return null;
  return {
    ...knooppunt(k),
    rechten: k.rechten,
    deelnames: k.deelnames.map(deelname),
    overdrachten: k.overdrachtenUit.map(overdracht),
  };
}

/** The current state of one object, for the conflict view; null when it was deleted meanwhile. */
export async function laadHuidig<K extends BewerkKind>(
  kind: K,
  id: string,
): Promise<Bewerkbaar<Gegevens<K>> | null>;
export async function laadHuidig(
  kind: BewerkKind,
  id: string,
): Promise<Bewerkbaar<Gegevens<BewerkKind>> | null> {
  switch (kind) {
    case 'knooppunt':
      return laadKnooppunt(id);
    case 'deelname': {
      const { deelname: d } = await gql(HUIDIGE_DEELNAME, { id });
      return d && deelname(d);
    }
    case 'overdracht': {
      const { overdracht: o } = await gql(HUIDIGE_OVERDRACHT, { id });
      return o && overdracht(o);
    }
  }
}

/** What the reference fields can point at: the region's gemeenten and knooppunten, all the rest. */
export async function laadOpties(regio: string): Promise<Opties> {
  const d = await gql(OPTIES, { regio });
  return {
    regio: d.regios,
    thema: d.themas,
    organisatie: d.organisaties,
    wet: d.wetten.map((w) => ({ id: w.id, naam: `${w.afkorting} — ${w.naam}` })),
    gemeente: d.gemeenten,
    knooppunt: d.knooppunten.items,
  };
}

/** Saving and deleting one kind: create (id null) or update from the version the editor started from. */
interface Schrijver<G> {
  schrijf(id: string | null, versie: number, input: G): Promise<Versie>;
  verwijder(id: string, versie: number): Promise<unknown>;
}

const SCHRIJVERS: { [K in BewerkKind]: Schrijver<Gegevens<K>> } = {
  knooppunt: {
    // The verification record is no input: only verifieerKnooppunt writes it, an edit keeps it.
    schrijf: async (id, versie, { verificatie: _, ...input }) =>
      id === null
        ? (await gql(MAAK_KNOOPPUNT, { input })).createKnooppunt
        : (await gql(WIJZIG_KNOOPPUNT, { id, versie, input })).updateKnooppunt,
    verwijder: (id, versie) => gql(VERWIJDER_KNOOPPUNT, { id, versie }),
  },
  deelname: {
    schrijf: async (id, versie, input) =>
      id === null
        ? (await gql(MAAK_DEELNAME, { input })).createDeelname
        : (await gql(WIJZIG_DEELNAME, { id, versie, input })).updateDeelname,
    verwijder: (id, versie) => gql(VERWIJDER_DEELNAME, { id, versie }),
  },
  overdracht: {
    schrijf: async (id, versie, input) =>
      id === null
        ? (await gql(MAAK_OVERDRACHT, { input })).createOverdracht
        : (await gql(WIJZIG_OVERDRACHT, { id, versie, input })).updateOverdracht,
    verwijder: (id, versie) => gql(VERWIJDER_OVERDRACHT, { id, versie }),
  },
};

export const schrijver = <K extends BewerkKind>(kind: K): Schrijver<Gegevens<K>> =>
  SCHRIJVERS[kind];
