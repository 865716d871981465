// SPDX-License-Identifier: EUPL-1.2
// Which root fields an operation asks for decides public access and whether an answer is kept.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { alleenOpenbaar, queryVelden } from './openbaar.ts';

describe('root fields of the operation to run', () => {
  it('finds them through named and inline fragments, once per fragment', () => {
    const document = parse(`
      query Q { registerInfo { naam } ...F ... on Query { ...F transparantie(regioId: "x") { naam } } }
      fragment F on Query { casusMatch(casus: {}) { lacune } ...F }
    `);
    expect([...queryVelden(document, 'Q')!].sort()).toEqual([
      'casusMatch',
      'registerInfo',
      'transparantie',
    ]);
  });

  it('knows no fields of a mutation, nor of an operation that is not named when there are two', () => {
    expect(queryVelden(parse('mutation { uitloggen }'), null)).toBeNull();
    expect(queryVelden(parse('query A { ik { id } } query B { ik { id } }'), null)).toBeNull();
  });

  it('is public only when every root field is, fragments included', () => {
    expect(alleenOpenbaar(parse('{ __typename registerInfo { naam } }'))).toBe(true);
    expect(
      alleenOpenbaar(
        parse('{ registerInfo { naam } ...F } fragment F on Query { accounts { id } }'),
      ),
    ).toBe(false);
  });
});
