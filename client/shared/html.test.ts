// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { html } from './html.ts';

describe('html', () => {
  it('escapes values and keeps nested markup', () => {
    const inner = html`<b>${'<script>'}</b>`;
    expect(
      html`<p title="${'"x"'}">${inner}${[html`<i>1</i>`, html`<i>2</i>`]}${null}</p>`.value,
    ).toBe('<p title="&quot;x&quot;"><b>&lt;script&gt;</b><i>1</i><i>2</i></p>');
  });
});
