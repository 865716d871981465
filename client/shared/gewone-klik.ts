// SPDX-License-Identifier: EUPL-1.2
// A link that the page opens itself (a panel, another region) still has its own address: only a
// plain click is the page's; ctrl/cmd-, shift- or alt-click and the middle button keep the
// browser's meaning (new tab, new window, download).

/** A left click without a modifier key. */
export const gewoneKlik = (event: MouseEvent): boolean =>
  event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
