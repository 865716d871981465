// SPDX-License-Identifier: EUPL-1.2
// `npm run seed`: loads the example region into the configured store (embedded or Neo4j).
// `npm run seed -- --bestand register.xlsx` (or a folder of CSV files, repeatable): loads a region's
// own spreadsheet instead, through the same importer. `--als-leeg`: only into a store without
// knooppunten, and not with SEED_EXAMPLE=false (what `npm start` runs first).
// `npm run seed -- --synthetisch [--aantal N]`: adds the national-size synthetic dataset for
// benchmarks, in one transaction; it refuses when synthetic data is already there.
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { createLogger } from '../server/log.ts';
import { createStore } from '../server/store/create-store.ts';
import { bestandenIn, laadStartbestanden, VOORBEELDREGIO } from './load.ts';
import { loadReferentiedata } from './reference-data.ts';
import { generateSyntheticDataset } from './synthetic-dataset.ts';
import { systeemWijziging } from '../server/domain/audit.ts';
import { creates } from '../server/store/port.ts';

const { values } = parseArgs({
  options: {
    synthetisch: { type: 'boolean', default: false },
    aantal: { type: 'string', default: '10000' },
    bestand: { type: 'string', multiple: true },
    'als-leeg': { type: 'boolean', default: false },
  },
});
const aantal = Number(values.aantal);
if (!Number.isInteger(aantal) || aantal < 1)
  throw new Error(`--aantal moet een positief geheel getal zijn, niet "${values.aantal}"`);

const config = loadConfig();
const store = await createStore(config, createLogger(config.LOG_LEVEL));
try {
  const overslaan =
    values['als-leeg'] && (!config.SEED_EXAMPLE || (await store.load()).knooppunten.length > 0);
  if (!overslaan) {
    const paden = values.bestand ?? [VOORBEELDREGIO];
    const result = await laadStartbestanden(store, paden.flatMap(bestandenIn)).catch(
      async (error: unknown) => {
        // Instances started at the same moment on an empty store: one import wins, the others'
        // refused imports change nothing, and the start data is there all the same.
        if (values['als-leeg'] && (await store.load()).knooppunten.length > 0) return undefined;
        throw error;
      },
    );
    if (!result) console.log('Startgegevens al geladen door een andere instantie.');
    else
      console.log(
        `${values.bestand ? paden.join(', ') : 'Voorbeeldregio (voorbeelddata)'} geladen in ${store.kind}: ${result.created} nieuw, ${result.updated} bijgewerkt, ${result.unchanged} ongewijzigd.`,
      );
  }
  if (values.synthetisch) {
    if ((await store.load()).knooppunten.some((k) => k.id.startsWith('syn-'))) {
      console.log('Synthetische dataset staat er al; niets toegevoegd.');
    } else {
      const items = generateSyntheticDataset(loadReferentiedata(), { knooppunten: aantal });
      await store.applyAll(creates(items), systeemWijziging());
      console.log(
        `Synthetische dataset toegevoegd: ${items.length} objecten, waarvan ${aantal} knooppunten.`,
      );
    }
  }
} finally {
  await store.close();
}
