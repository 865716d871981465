// SPDX-License-Identifier: EUPL-1.2
/** The product's version from package.json, set by Vite at build time (vite.config.ts). */
declare const __VERSIE__: string;
