// SPDX-License-Identifier: EUPL-1.2
// What GraphiQL opens with (GRAPHIQL=true): a Dutch welcome and one tab per main question of the
// handreiking (§2.6), each a named operation with its variables on the example region.
// test/graphiql-examples.test.ts runs every one against the API, so they cannot drift from the SDL.

export interface Voorbeeld {
  /** The operation's name, which GraphiQL shows as the tab's title. */
  naam: string;
  query: string;
  variables: Record<string, unknown>;
}

const WELKOM = `# Welkom bij de GraphQL-API van het Knooppuntenregister.
#
# Het register beschrijft de meldpunten en overlegtafels (knooppunten) van een regio, volgens de
# handreiking "Gegevensdeling in sociaal, zorg- en veiligheidsdomein" (§2.3–2.6). Het bevat geen
# gegevens over burgers.
#
# - Druk op de afspeelknop (of Ctrl+Enter) om de vraag hieronder te stellen.
# - De tabbladen bovenaan bevatten voorbeelden voor de belangrijkste vragen; hun variabelen staan
#   onderaan, onder "Variables".
# - "Docs" (het boekje links) beschrijft elk type en veld, in het Nederlands.
# - Lezen kan zonder aanmelding. Wijzigen (mutation) vraagt een aanmelding of een API-token.
`;

export const VOORBEELDEN: readonly Voorbeeld[] = [
  {
    naam: 'Regios',
    query: `${WELKOM}
# De regio's, met het aantal knooppunten op hun kaart; en de versie en het contactadres.
query Regios {
  regios {
    id
    naam
    soort
    aantalKnooppunten
  }
  registerInfo {
    versie
    contact
  }
}
`,
    variables: {},
  },
  {
    naam: 'KnooppuntenInRegio',
    query: `# Knooppunten in een regio, met filters: alle opgegeven filters moeten gelden.
# Filters: functie, werkproces, wettelijkeBasis, samenstelling, themaIds, organisatieIds,
# gemeenteIds, regioIds, tekst, leeftijd { van tot }, peildatum (JJJJ-MM-DD) en ookBeeindigd.
# Ids van thema's en gemeenten: query { themas { id naam } gemeenten(regioId: "ZVH-NHN") { id naam } }
query KnooppuntenInRegio($filter: KnooppuntFilter, $eerste: Int) {
  knooppunten(filter: $filter, eerste: $eerste) {
    totaal
    items {
      id
      naam
      functie
      werkproces
      wettelijkeBasis
      samenstelling
      doelgroep
      leeftijdMin
      leeftijdMax
      themas {
        naam
      }
      werkgebied {
        naam
      }
      belegdBij {
        naam
      }
    }
  }
}
`,
    variables: {
      filter: {
        regioIds: ['ZVH-NHN'],
        functie: ['OVERLEGTAFEL'],
        themaIds: ['verward-gedrag'],
        leeftijd: { van: 18 },
      },
      eerste: 20,
    },
  },
  {
    naam: 'RoutesVanKnooppunt',
    query: `# De routes van een knooppunt (H §2.4, §4.3 fase 4, §5.3).
# - richting: UIT (waarheen het een casus kan overdragen, standaard) of IN (waar de casussen
#   vandaan komen);
# - maxStappen: hoeveel overdrachten na elkaar, 1 tot en met 6 (standaard 3);
# - filter: { themaIds, leeftijd } houdt alleen routes naar knooppunten voor die thema's of die
#   leeftijd.
# Per stap: wie de aanmelding doet, welke partners dat kunnen, welke informatie mee mag, en wat er
# in de afspraken ontbreekt.
query RoutesVanKnooppunt(
  $knooppuntId: ID!
  $richting: RouteRichting
  $maxStappen: Int
  $filter: RouteFilter
) {
  routes(knooppuntId: $knooppuntId, richting: $richting, maxStappen: $maxStappen, filter: $filter) {
    knooppunt {
      naam
    }
    maxStappen
    afgekapt
    bereikbaar {
      naam
    }
    routes {
      naar {
        naam
        aanmeldcriteria
      }
      aantalProblemen
      stappen {
        van {
          naam
        }
        naar {
          naam
        }
        overdracht {
          soort
          criteria
          informatie
          warm
          clientGeinformeerdDoor
        }
        aanmeldingDoor
        aanmelder {
          naam
        }
        kandidaatAanmelders {
          naam
        }
        problemen {
          ernst
          melding
          bron
        }
      }
    }
  }
}
`,
    variables: { knooppuntId: 'meldpunt-zorg-overlast', richting: 'UIT', maxStappen: 1 },
  },
  {
    naam: 'TafelsVanOrganisatie',
    query: `# De tafels van een organisatie (H §2.6 stap 1): waaraan ze deelneemt, in welke rol en op welke
# grondslag, wat haar beroepsgeheim daar betekent (H §4.5), waar ze gevraagd kan worden, en wat er
# in de beschrijving van haar deelnames ontbreekt. Met type (bv. GGZ) in plaats van
# organisatieId: alle organisaties van die soort.
query TafelsVanOrganisatie($organisatieId: ID, $regioId: ID) {
  organisatieOverzicht(organisatieId: $organisatieId, regioId: $regioId) {
    organisaties {
      naam
      type
      privacykader
      beroepsgeheim
    }
    betrokken {
      knooppunt {
        naam
        functie
      }
      deelname {
        rol
        taak
        grondslag
        beroepsgeheimRegeling
        convenantpartner
      }
      beroepsgeheim
    }
    mogelijk {
      knooppunt {
        naam
      }
      redenen
    }
    bevindingen {
      regel
      ernst
      melding
      bron
      knooppunt {
        naam
      }
    }
  }
}
`,
    variables: { organisatieId: 'ggz', regioId: 'ZVH-NHN' },
  },
  {
    naam: 'DekkingVanRegio',
    query: `# De vragen van bestuurders (H §2.6): waar ontbreekt een knooppunt (lacunes: een thema in een
# gemeente zonder knooppunt), welke knooppunten overlappen elkaar, en hoe scoren de
# beschrijvingen op de regels van de handreiking? leeftijd beperkt de dekking tot een doelgroep.
query DekkingVanRegio($regioId: ID!, $leeftijd: LeeftijdBand) {
  dekking(regioId: $regioId, leeftijd: $leeftijd) {
    lacunes {
      thema {
        naam
      }
      gemeente {
        naam
      }
    }
  }
  overlap(regioId: $regioId, minimum: 0.5, eerste: 5) {
    totaal
    paren {
      a {
        naam
      }
      b {
        naam
      }
      score
      redenen
    }
  }
  verantwoording(regioId: $regioId) {
    perRegel {
      regel {
        id
        titel
        ernst
        bron
      }
      aantal
    }
  }
}
`,
    variables: { regioId: 'ZVH-NHN', leeftijd: { van: 12, tot: 17 } },
  },
  {
    naam: 'NieuwProbleem',
    query: `# Een nieuw probleem: kan een bestaande overlegtafel het oppakken, of is een nieuwe tafel nodig?
# (H §2.6, de tweede vraag van bestuurders). Per kandidaat: wat al klopt en wat zou moeten veranderen.
query NieuwProbleem($regioId: ID!, $probleem: NieuwProbleemInput!) {
  nieuwProbleem(regioId: $regioId, probleem: $probleem) {
    knooppunt {
      naam
    }
    score
    alGedekt
    nodig
  }
}
`,
    variables: {
      regioId: 'ZVH-NHN',
      probleem: { themaId: 'schulden', leeftijd: { van: 18 }, gemeenteIds: ['GM0361'] },
    },
  },
  {
    naam: 'CasusMatch',
    query: `# Welke tafel past bij deze casus? (H §2.6, §4.2). Beschrijf de casus alleen in algemene termen,
# zonder naam of andere gegevens over de persoon, en geef haar mee als variabelen (zoals hier), niet
# in de tekst van de vraag. De server slaat de casus niet op en logt haar niet.
# Signalen: MEERDERE_PROBLEMEN, CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG, SAMENWERKING_NODIG,
# IMPACT_OP_OMGEVING, ERNSTIG_LOKAAL_VEILIGHEIDSPROBLEEM, ACUUT_GEVAAR,
# HUISELIJK_GEWELD_OF_KINDERMISHANDELING, GROEP, DETENTIE, GEWELDSDELICTEN.
query CasusMatch($casus: CasusInput!) {
  casusMatch(casus: $casus) {
    acuut {
      kop
      stappen {
        wie
        nummer
        wanneer
      }
    }
    passend {
      knooppunt {
        naam
        functie
      }
      voorrang
      voldaan
      nietVoldaan
      inWerkgebied
      aanmelders {
        organisatie {
          naam
        }
        alBetrokken
      }
    }
    elders {
      knooppunt {
        naam
      }
    }
    ongedekteThemas {
      naam
    }
    lacune
  }
}
`,
    variables: {
      casus: {
        themaIds: ['verslaving', 'woonoverlast'],
        leeftijd: { van: 30, tot: 30 },
        gemeenteId: 'GM0361',
        signalen: [
          'MEERDERE_PROBLEMEN',
          'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG',
          'IMPACT_OP_OMGEVING',
        ],
        betrokkenOrganisatieIds: [],
      },
    },
  },
];

/** GraphiQL's options: the welcome for a new tab, and the examples as the first tabs. */
export const graphiqlOpties = {
  title: 'Knooppuntenregister — GraphQL',
  defaultQuery: `${WELKOM}\nquery {\n  regios {\n    id\n    naam\n  }\n}\n`,
  defaultTabs: VOORBEELDEN.map((v) => ({
    query: v.query,
    variables: JSON.stringify(v.variables, null, 2),
  })),
};
