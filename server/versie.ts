// SPDX-License-Identifier: EUPL-1.2
// The product's version from package.json, read once: the API names it (registerInfo), as the
// client's footer does (vite.config.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8');
export const VERSIE: string = (JSON.parse(pkg) as { version: string }).version;
