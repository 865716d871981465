// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleIndex } from '../../test/example-index.ts';
import { buildKnooppunt } from '../../test/builders.ts';
import { cellsOf, inputOf, VELDEN, veldVanPad, waardeInWoorden } from './fields.ts';
import { BLADEN, exportSheet, planImport } from './import-plan.ts';
import { gegevensVan, type EditableKind } from './model.ts';
import { indexRegistry } from './registry-index.ts';
import { parseGegevens } from './validation.ts';

const roundTrip = (kind: EditableKind, gegevens: object) => {
  const { input, fouten } = inputOf(kind, cellsOf(kind, gegevens));
  expect(fouten).toEqual([]);
  return parseGegevens(kind, input);
};

describe('the field list and its cells', () => {
  it('names every field of every kind exactly once', () => {
    const view = exampleIndex();
    const samples = {
      knooppunt: view.registry.knooppunten[0]!,
      organisatie: view.registry.organisaties[0]!,
      deelname: view.registry.deelnames[0]!,
      overdracht: view.registry.overdrachten[0]!,
    };
    for (const kind of Object.keys(VELDEN) as EditableKind[]) {
      const paths = VELDEN[kind].map((v) => v.pad.split('.')[0]);
      expect(new Set(paths)).toEqual(new Set(Object.keys(gegevensVan(samples[kind]))));
    }
  });

  it('turns every description of the example region into cells and back without a change', () => {
    const { registry } = exampleIndex();
    const lists = {
      knooppunt: registry.knooppunten,
      organisatie: registry.organisaties,
      deelname: registry.deelnames,
      overdracht: registry.overdrachten,
    };
    for (const [kind, list] of Object.entries(lists) as [EditableKind, { id: string }[]][]) {
      for (const entity of list)
        expect(roundTrip(kind, gegevensVan(entity as never))).toEqual(gegevensVan(entity as never));
    }
  });

  it('puts a value into words: labels for codes, names for ids, dates in Dutch, nothing for empty', () => {
    const veld = (kind: EditableKind, pad: string) => VELDEN[kind].find((v) => v.pad === pad)!;
    const bekend = new Map([
      ['wet|jw', 'Jeugdwet'],
      ['knooppunt|vt', 'Veilig Thuis'],
    ]);
    const namen = (doel: string, id: string) => bekend.get(`${doel}|${id}`);
    expect(waardeInWoorden(veld('knooppunt', 'functie'), 'MELDPUNT', namen)).toBe('Meldpunt');
    expect(
      waardeInWoorden(
        veld('deelname', 'wetten'),
        [
          { wetId: 'jw', artikel: 'art. 2.1' },
          { wetId: 'onbekend', artikel: null },
        ],
        namen,
      ),
    ).toBe('Jeugdwet art. 2.1, onbekend');
    // A reason with the list separator stays one item: words come from the value, not its cell.
    expect(
      waardeInWoorden(
        veld('knooppunt', 'aanpalend'),
        [{ knooppuntId: 'vt', reden: 'zelfde gezinnen; andere vraag' }],
        namen,
      ),
    ).toBe('Veilig Thuis (zelfde gezinnen; andere vraag)');
    expect(waardeInWoorden(veld('knooppunt', 'convenant.datum'), '2026-12-02', namen)).toBe(
      '2 december 2026',
    );
    expect(waardeInWoorden(veld('deelname', 'beroepsgeheim'), false, namen)).toBe('nee');
    expect(waardeInWoorden(veld('knooppunt', 'themaIds'), [], namen)).toBeNull();
    expect(waardeInWoorden(veld('knooppunt', 'functie'), null, namen)).toBeNull();
  });

  it('shows a verification in words, and an export read back leaves it as verifying recorded it', () => {
    const { registry } = exampleIndex();
    const [eerste, tweede, derde] = registry.organisaties;
    const doel = registry.knooppunten[0]!;
    const verificatie = {
      namensId: eerste!.id,
      geraadpleegd: [
        { organisatieId: tweede!.id, rol: 'wijkagent' },
        { organisatieId: derde!.id, rol: null },
      ],
      bevestigd: ['DOEL_EN_DOELGROEP' as const, 'DEELNEMERS_EN_ROLLEN' as const],
      toelichting: null,
    };
    const view = indexRegistry({
      ...registry,
      knooppunten: registry.knooppunten.map((k) =>
        k === doel
          ? { ...k, geverifieerdDoor: 'R. Redacteur', geverifieerdOp: '2026-01-05', verificatie }
          : k,
      ),
    });
    const veld = VELDEN.knooppunt.find((v) => v.pad === 'verificatie')!;
    const inWoorden = `Namens ${eerste!.naam}; geraadpleegd: ${tweede!.naam} (wijkagent) en ${derde!.naam}; bevestigd: doel en doelgroep en deelnemers en hun rol`;
    const cel = cellsOf('knooppunt', view.knooppunten.get(doel.id)!)['verificatie']!;
    expect(veld.alleenLezen).toBe(true);
    expect(waardeInWoorden(veld, verificatie, (_, id) => view.organisaties.get(id)?.naam)).toBe(
      inWoorden,
    );
    // No form or import writes it, whatever its cell says.
    expect(inputOf('knooppunt', { verificatie: cel }).input).not.toHaveProperty('verificatie');

    const blad = exportSheet(
      view,
      BLADEN.find((b) => b.kind === 'knooppunt')!,
    );
    expect(blad.rijen.find((r) => r['id'] === doel.id)!['verificatie']).toBe(inWoorden);
    const plan = planImport(
      view,
      blad.rijen.map((cellen, i) => ({ kind: 'knooppunt', blad: blad.naam, rij: i + 2, cellen })),
    );
    expect(plan).toMatchObject({ wijzigingen: [], fouten: [], ongewijzigd: blad.rijen.length });
  });

  it('keeps free text with separators and diacritics intact, and lists in their order', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ''),
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 }),
        (tekst, themaIds) => {
          const k = buildKnooppunt({ doel: tekst.trim(), themaIds });
          expect(roundTrip('knooppunt', k)).toMatchObject({ doel: tekst.trim(), themaIds });
        },
      ),
    );
  });

  it('says in Dutch what a cell cannot mean, per field', () => {
    const { fouten } = inputOf('knooppunt', {
      leeftijdMin: 'twaalf',
      gezamenlijkeRegeling: 'misschien',
      aanpalend: 'kp-1',
    });
    expect(fouten).toEqual([
      { pad: 'leeftijdMin', melding: 'Minimumleeftijd moet een heel getal zijn, niet ‘twaalf’' },
      {
        pad: 'gezamenlijkeRegeling',
        melding:
          'Regeling gezamenlijke verantwoordelijkheid (art. 26 AVG) moet ja of nee zijn, niet ‘misschien’',
      },
      {
        pad: 'aanpalend',
        melding: 'Aanpalende knooppunten mist de reden bij ‘kp-1’; schrijf ‘knooppunt-id: reden’',
      },
    ]);
  });

  it('reads a choice by its code or by the label the pages show', () => {
    const { input } = inputOf('knooppunt', {
      functie: 'overlegtafel',
      wettelijkeBasis: 'Taak van één partij',
      signalen: 'Er is acuut gevaar; groep',
    });
    expect(input).toMatchObject({
      functie: 'OVERLEGTAFEL',
      wettelijkeBasis: 'TAAK_VAN_EEN_PARTIJ',
      signalen: ['ACUUT_GEVAAR', 'GROEP'],
    });
    expect(inputOf('knooppunt', { functie: 'tafel' }).input['functie']).toBe('tafel');
  });

  it('finds the field a validation message points into', () => {
    expect(veldVanPad('knooppunt', 'input.wetten[2].wetId')?.pad).toBe('wetten');
    expect(veldVanPad('knooppunt', 'input.convenant.geldigTot')?.pad).toBe('convenant.geldigTot');
    expect(veldVanPad('overdracht', 'input.naarId')?.pad).toBe('naarId');
  });
});
