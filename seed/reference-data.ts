// SPDX-License-Identifier: EUPL-1.2
// Reference data: the real gemeenten (indeling 2023–2025), veiligheidsregio's and zorg- en
// veiligheidshuisregio's from seed/data (sources in seed/data/README.md), plus themas and wetten.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Gemeente, Referentiedata, Regio, Thema, Wet } from '../server/domain/model.ts';

const dataDir = join(import.meta.dirname, 'data');

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(join(dataDir, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
}

export const THEMAS: Thema[] = [
  [
    'verward-gedrag',
    'Verward gedrag',
    'Personen met onbegrepen of verward gedrag, al dan niet met psychische problematiek.',
  ],
  [
    'psychische-problematiek',
    'Psychische problematiek',
    'Psychische aandoeningen waarbij zorg of verplichte zorg aan de orde kan zijn.',
  ],
  [
    'huiselijk-geweld',
    'Huiselijk geweld en kindermishandeling',
    'Geweld in afhankelijkheidsrelaties, kindermishandeling, ouderenmishandeling.',
  ],
  ['woonoverlast', 'Woonoverlast', 'Ernstige overlast door bewoners in en om de woning.'],
  ['verslaving', 'Verslaving', 'Problematisch gebruik van middelen of gokken.'],
  ['schulden', 'Schulden', 'Problematische schulden en betalingsachterstanden.'],
  [
    'recidive',
    'Recidive en ex-gedetineerden',
    'Terugkeer na detentie en het voorkomen van herhaald delictgedrag.',
  ],
  [
    'jeugdgroepen',
    'Problematische jeugdgroepen',
    'Hinderlijke, overlastgevende of criminele jeugdgroepen.',
  ],
  ['radicalisering', 'Radicalisering', 'Radicalisering en extremisme.'],
  ['mensenhandel', 'Mensenhandel', 'Seksuele en arbeidsuitbuiting, criminele uitbuiting.'],
  ['ondermijning', 'Ondermijning', 'Georganiseerde criminaliteit die de samenleving ondermijnt.'],
  [
    'zorgmijding',
    'Zorgmijding en bemoeizorg',
    'Mensen die zorg nodig hebben maar die niet zelf zoeken.',
  ],
  [
    'lvb',
    'Licht verstandelijke beperking',
    'Mensen met een (licht) verstandelijke beperking in kwetsbare situaties.',
  ],
  ['dakloosheid', 'Dakloosheid', 'Dakloosheid en (dreigende) huisuitzetting.'],
  [
    'jeugdcriminaliteit',
    'Jeugdcriminaliteit',
    'Minderjarigen en jongvolwassenen die delicten plegen.',
  ],
  [
    'jeugdbescherming',
    'Jeugdbescherming',
    'Bedreigde ontwikkeling van een kind waarbij een kinderbeschermingsmaatregel aan de orde kan zijn.',
  ],
  ['high-impact-crime', 'High impact crime', 'Woninginbraak, overvallen, straatroof en geweld.'],
].map(([id, naam, omschrijving]) => ({ id: id!, naam: naam!, omschrijving: omschrijving! }));

export const WETTEN: Wet[] = [
  ['wmo-2015', 'Wet maatschappelijke ondersteuning 2015', 'Wmo 2015'],
  ['jeugdwet', 'Jeugdwet', 'Jeugdwet'],
  ['participatiewet', 'Participatiewet', 'Participatiewet'],
  ['wgs', 'Wet gemeentelijke schuldhulpverlening', 'Wgs'],
  ['wvggz', 'Wet verplichte geestelijke gezondheidszorg', 'Wvggz'],
  ['wzd', 'Wet zorg en dwang psychogeriatrische en verstandelijk gehandicapte cliënten', 'Wzd'],
  ['wpg', 'Wet politiegegevens', 'WPG'],
  ['wjsg', 'Wet justitiële en strafvorderlijke gegevens', 'WJSG'],
  ['politiewet-2012', 'Politiewet 2012', 'Politiewet 2012'],
  ['gemeentewet', 'Gemeentewet', 'Gemeentewet'],
  ['pbw', 'Penitentiaire beginselenwet', 'Pbw'],
  ['wgbo', 'Wet op de geneeskundige behandelingsovereenkomst (BW boek 7 titel 7 afd. 5)', 'Wgbo'],
  ['wet-big', 'Wet op de beroepen in de individuele gezondheidszorg', 'Wet BIG'],
  ['woningwet', 'Woningwet', 'Woningwet'],
  ['bw', 'Burgerlijk Wetboek', 'BW'],
  ['sv', 'Wetboek van Strafvordering', 'Sv'],
  ['sr', 'Wetboek van Strafrecht', 'Sr'],
  ['wet-ro', 'Wet op de rechterlijke organisatie', 'Wet RO'],
  ['reclasseringsregeling', 'Reclasseringsregeling', 'Reclasseringsregeling'],
  ['wpg-ggd', 'Wet publieke gezondheid', 'Wpg (publieke gezondheid)'],
  ['avg', 'Algemene verordening gegevensbescherming', 'AVG'],
  ['uavg', 'Uitvoeringswet Algemene verordening gegevensbescherming', 'UAVG'],
  ['wabb', 'Wet aanpak woonoverlast (Gemeentewet art. 151d)', 'Wet aanpak woonoverlast'],
].map(([id, naam, afkorting]) => ({ id: id!, naam: naam!, afkorting: afkorting! }));

export function loadReferentiedata(): Referentiedata {
  const veiligheidsregios: Regio[] = readCsv('veiligheidsregios.csv').map((r) => ({
    id: r['veiligheidsregio_code']!,
    naam: `Veiligheidsregio ${r['veiligheidsregio_naam']!}`,
    soort: 'VEILIGHEIDSREGIO',
    zekerheid: 'bevestigd',
  }));
  const zvhRows = readCsv('zvh_regios.csv');
  const zvhRegios: Regio[] = zvhRows.map((r) => ({
    id: r['zvh_id']!,
    naam: r['zvh_naam']!,
    soort: 'ZORG_EN_VEILIGHEIDSHUIS',
    zekerheid: r['zekerheid']!,
  }));
  const zvhVanGemeente = new Map<string, string>();
  for (const r of zvhRows)
    for (const code of r['gemeentecodes']!.split(';'))
      zvhVanGemeente.set(code.trim(), r['zvh_id']!);
  const gemeenten: Gemeente[] = readCsv('gemeenten.csv').map((r) => {
    const zvh = zvhVanGemeente.get(r['gemeentecode']!);
    return {
      id: r['gemeentecode']!,
      naam: r['weergavenaam']!,
      regioIds: [r['veiligheidsregio_code']!, ...(zvh ? [zvh] : [])],
    };
  });
  return {
    themas: THEMAS,
    wetten: WETTEN,
    regios: [...veiligheidsregios, ...zvhRegios],
    gemeenten,
  };
}
