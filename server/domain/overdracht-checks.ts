// SPDX-License-Identifier: EUPL-1.2
// The checks on one overdracht route (RULES.md R12, R13, and R10 for the receiving table).
// "Aanmelding moet in principe altijd via een van de partners lopen. Een knooppunt heeft zelf
// meestal geen eigen wettelijke taak ... Bijvoorbeeld het meldpunt Veilig Thuis en het meldpunt
// Wvggz zijn beide wel op een eigen wettelijke taak gebaseerd" (H §4.3 fase 4; §5.3).
import type { Bevinding } from './findings.ts';
import type { Knooppunt, Organisatie, Overdracht } from './model.ts';
import type { RegistryIndex } from './registry-index.ts';

/**
 * Only a meldpunt that rests on its own legal task may pass a casus on by itself (H §4.3 fase 4):
 * one that is wettelijk geregeld (Veilig Thuis, the meldpunt Wvggz), or one that carries out the
 * legal task of a named party (§2.5 typering 2). An overlegtafel never does: it "heeft geen eigen
 * wettelijke taak op grond waarvan het gegevens kan verstrekken" (H §5.3); a partner reports.
 */
export const heeftEigenWettelijkeTaak = (k: Knooppunt): boolean =>
  k.functie === 'MELDPUNT' &&
  (k.wettelijkeBasis === 'WETTELIJK_GEREGELD' ||
    (k.wettelijkeBasis === 'TAAK_VAN_EEN_PARTIJ' && k.taakhouderId !== null));

/** Anyone may report to a meldpunt, professionals and citizens alike (H Bijlage 1.1, §5.3). */
const iedereenMagMelden = (k: Knooppunt): boolean => k.functie === 'MELDPUNT';

export interface Aanmelding {
  door: Overdracht['aanmeldingDoor'];
  aanmelder: Organisatie | null;
  /**
   * Who could do the aanmelding (H §5.3 vuistregels): the partners of the sending knooppunt that
   * also take part in the receiving one; for a meldpunt, where anyone may report, all its partners.
   */
  kandidaten: Organisatie[];
}

const deelnemers = (index: RegistryIndex, knooppuntId: string): Set<string> =>
  new Set((index.deelnamesVanKnooppunt.get(knooppuntId) ?? []).map((d) => d.organisatieId));

export function aanmeldingVan(index: RegistryIndex, o: Overdracht): Aanmelding {
  const inNaar = deelnemers(index, o.naarId);
  const naar = index.knooppunten.get(o.naarId);
  const kandidaten = [...deelnemers(index, o.vanId)]
    .filter((id) => (naar && iedereenMagMelden(naar)) || inNaar.has(id))
    .map((id) => index.organisaties.get(id))
    .filter((org) => org !== undefined)
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return {
    door: o.aanmeldingDoor,
    aanmelder: o.aanmelderId ? (index.organisaties.get(o.aanmelderId) ?? null) : null,
    kandidaten,
  };
}

const R12 = 'H §4.3 fase 4; §5.3 "Schakelen tussen knooppunten"';
const R13 = 'H §5.3 "Vuistregels schakelen tussen knooppunten"';

export function checkOverdracht(index: RegistryIndex, o: Overdracht): Bevinding[] {
  const van = index.knooppunten.get(o.vanId);
  const naar = index.knooppunten.get(o.naarId);
  if (!van || !naar) return [];
  const found: Bevinding[] = [];
  const { kandidaten } = aanmeldingVan(index, o);
  const suggestie =
    kandidaten.length === 0
      ? ' Geen partner neemt aan beide deel.'
      : `${iedereenMagMelden(naar) ? ' Iedere partner mag bij een meldpunt melden' : ' Partners die aan beide deelnemen'}: ${kandidaten.map((k) => k.naam).join(', ')}. Kies de partner met de meest relevante maatschappelijke taak.`;

  if (o.aanmeldingDoor === 'KNOOPPUNT_ZELF' && !heeftEigenWettelijkeTaak(van)) {
    found.push({
      regel: 'R12.zelf',
      ernst: 'WAARSCHUWING',
      melding: `${van.naam} meldt zelf aan bij ${naar.naam}, maar heeft geen eigen wettelijke taak om dat te doen. ${van.functie === 'OVERLEGTAFEL' ? 'Een overlegtafel meldt nooit zelf aan: een' : 'Een'} partner doet de aanmelding.${suggestie}`,
      bron: R12,
    });
  } else if (
    o.aanmeldingDoor === 'NIET_VASTGELEGD' ||
    (o.aanmeldingDoor === 'PARTNER' && o.aanmelderId === null)
  ) {
    found.push({
      regel: 'R12.partner',
      ernst: 'WAARSCHUWING',
      melding: `Voor de overdracht van ${van.naam} naar ${naar.naam} is niet vastgelegd welke partner de casus aanmeldt.${suggestie}`,
      bron: R12,
    });
  } else if (o.aanmeldingDoor === 'PARTNER' && o.aanmelderId !== null) {
    const aanmelder = index.organisaties.get(o.aanmelderId)?.naam ?? o.aanmelderId;
    if (!deelnemers(index, o.vanId).has(o.aanmelderId)) {
      found.push({
        regel: 'R12.aanmelder-van',
        ernst: 'WAARSCHUWING',
        melding: `De aanmelder ${aanmelder} neemt niet deel aan ${van.naam}, waar de casus vandaan komt.`,
        bron: R12,
      });
    }
    if (!iedereenMagMelden(naar) && !deelnemers(index, o.naarId).has(o.aanmelderId)) {
      found.push({
        regel: 'R12.aanmelder-naar',
        ernst: 'WAARSCHUWING',
        melding: `De aanmelder ${aanmelder} neemt niet deel aan ${naar.naam}, waar de casus wordt aangemeld.`,
        bron: R12,
      });
    }
  }
  if (o.informatie === null) {
    found.push({
      regel: 'R13.informatie',
      ernst: 'AANDACHT',
      melding: `Niet afgesproken welke informatie van ${van.naam} naar ${naar.naam} mee mag.`,
      bron: R13,
    });
  }
  if (o.clientGeinformeerdDoor === null) {
    found.push({
      regel: 'R13.client',
      ernst: 'AANDACHT',
      melding: `Niet afgesproken wie de cliënt informeert over de overdracht naar ${naar.naam}.`,
      bron: R13,
    });
  }
  // The meldpunt's own party (Veilig Thuis at Veilig Thuis) receives on its own legal task.
  const geheim = (index.deelnamesVanKnooppunt.get(naar.id) ?? []).filter(
    (d) =>
      d.beroepsgeheim &&
      !(naar.functie === 'MELDPUNT' && naar.verwerkingsverantwoordelijkeId === d.organisatieId),
  );
  if (geheim.length > 0) {
    const namen = geheim
      .map((d) => index.organisaties.get(d.organisatieId)?.naam ?? d.organisatieId)
      .join(', ');
    found.push({
      regel: 'R10.ontvanger',
      ernst: 'AANDACHT',
      melding: `Aan ${naar.naam} nemen partijen met een beroepsgeheim deel (${namen}). Zij delen eerst met toestemming van de cliënt, of op grond van een wettelijk meldrecht of spreekplicht. Bij een conflict van plichten of een noodsituatie beslist de professional zelf, per casus.`,
      bron: 'H §4.5',
    });
  }
  return found;
}
