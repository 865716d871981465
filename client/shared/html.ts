// SPDX-License-Identifier: EUPL-1.2
// A tagged template that escapes every interpolated value unless it is already markup.
export class Markup {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

type Value = string | number | null | undefined | Markup | Markup[];

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0]!;
  values.forEach((value, i) => {
    const text = Array.isArray(value)
      ? value.join('')
      : value instanceof Markup
        ? value.value
        : escape(String(value ?? ''));
    out += text + strings[i + 1]!;
  });
  return new Markup(out);
}
