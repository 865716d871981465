// SPDX-License-Identifier: EUPL-1.2
// One vocabulary: the domain's code lists, the SDL's enums and the generated labels agree.
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ROLLEN } from '../domain/accounts.ts';
import { AUDIT_ACTIES, AUDIT_RESULTATEN } from '../domain/audit.ts';
import { ENUM_LABELS, keuzeLabel, labelsVan } from '../domain/enum-labels.ts';
import * as model from '../domain/model.ts';
import { enumLabels } from './labels-plugin.ts';
import { loadTypeDefs } from './schema.ts';

const schema = buildSchema(loadTypeDefs().join('\n'));

const LIJSTEN: Record<string, readonly string[]> = {
  Functie: model.FUNCTIES,
  Werkproces: model.WERKPROCESSEN,
  WettelijkeBasis: model.WETTELIJKE_BASES,
  Samenstelling: model.SAMENSTELLINGEN,
  Schaal: model.SCHALEN,
  Verwerkingsverantwoordelijkheid: model.VERWERKINGSVERANTWOORDELIJKHEDEN,
  DocumentStatus: model.DOCUMENT_STATUSSEN,
  Signaal: model.SIGNALEN,
  OrganisatieType: model.ORGANISATIE_TYPES,
  Privacykader: model.PRIVACYKADERS,
  Rol: model.ROLLEN,
  Grondslag: model.GRONDSLAGEN,
  BeroepsgeheimRegeling: model.BEROEPSGEHEIM_REGELINGEN,
  OverdrachtSoort: model.OVERDRACHT_SOORTEN,
  AanmeldingDoor: model.AANMELDING_DOOR,
  RegioSoort: model.REGIO_SOORTEN,
  VerderGebruik: model.VERDER_GEBRUIK,
  Gegevenscategorie: model.GEGEVENSCATEGORIEEN,
  InformeerMoment: model.INFORMEER_MOMENTEN,
  InformatieOnderdeel: model.INFORMATIE_ONDERDELEN,
  Uitzonderingsgrond: model.UITZONDERINGSGRONDEN,
  ConvenantOnderwerp: model.CONVENANT_ONDERWERPEN,
  AccountRol: ACCOUNT_ROLLEN,
  AuditActie: AUDIT_ACTIES,
  AuditResultaat: AUDIT_RESULTATEN,
};

describe('the vocabulary', () => {
  it("has model.ts's code lists equal to the SDL's enums, in the same order", () => {
    for (const [naam, lijst] of Object.entries(LIJSTEN)) {
      const type = schema.getType(naam);
      if (!isEnumType(type)) throw new Error(`${naam} is geen enum in de SDL`);
      expect([...lijst], naam).toEqual(type.getValues().map((v) => v.name));
    }
  });

  it('labels every code from its description in the SDL (the generated file is current)', () => {
    expect(ENUM_LABELS).toEqual(enumLabels(schema));
    expect(ENUM_LABELS.Functie.MELDPUNT).toBe('Meldpunt');
    expect(ENUM_LABELS.WettelijkeBasis.TAAK_VAN_EEN_PARTIJ).toBe('Taak van één partij');
  });

  it('finds the labels of a field by its list of codes, also where codes collide', () => {
    for (const [naam, lijst] of Object.entries(LIJSTEN))
      expect(labelsVan(lijst), naam).toBe(ENUM_LABELS[naam as keyof typeof ENUM_LABELS]);
    expect(keuzeLabel(model.DOCUMENT_STATUSSEN, 'ONBEKEND')).toBe('Onbekend');
    expect(keuzeLabel(model.WERKPROCESSEN, 'MELDPUNT')).toBe('Meldpunt');
    expect(keuzeLabel(model.WERKPROCESSEN, 'NIEUW')).toBe('NIEUW');
    expect(labelsVan(['A', 'B'])).toBeUndefined();
  });
});
