// SPDX-License-Identifier: EUPL-1.2
// Result mapping with the driver's own types, constructed without a server.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { buildKnooppunt } from '../../../test/builders.ts';
import {
  fromNeo4j,
  knooppuntProps,
  knooppuntRelationParams,
  toKnooppunt,
  toNeo4jDate,
  toOverdracht,
} from './mapping.ts';

describe('Neo4j value mapping', () => {
  it('maps Integer, Date, DateTime, lists and maps to plain values', () => {
    const at = neo4j.types.DateTime.fromStandardDate(new Date('2026-11-22T10:00:00.000Z'));
    expect(
      fromNeo4j({ n: neo4j.int(42), d: new neo4j.types.Date(2024, 1, 31), at, xs: [neo4j.int(1)] }),
    ).toEqual({
      n: 42,
      d: '2024-01-31',
      at: '2026-11-22T10:00:00.000Z',
      xs: [1],
    });
  });

  it('refuses integers outside the safe range instead of rounding them', () => {
    expect(() => fromNeo4j(neo4j.int('9007199254740993'))).toThrow(RangeError);
  });

  it('round-trips a knooppunt through node properties and relation records', () => {
    const gegevens = buildKnooppunt({
      geverifieerdOp: '2026-05-01',
      geverifieerdDoor: 'X',
      leeftijdMin: 12,
      aanpalend: [{ knooppuntId: 'b', reden: 'overlap' }],
    });
    const at = new Date('2026-11-22T10:00:00.000Z');
    const props = knooppuntProps('k1', 3, gegevens, 'regio-a|testtafel', at);
    expect(neo4j.isInt(props['versie'])).toBe(true);
    expect(props['convenantDatum']).toEqual(toNeo4jDate('2024-01-31'));
    const rel = knooppuntRelationParams(gegevens);
    // What Neo4j returns: a node's properties (nulls are absent) and the collected relations.
    const stored = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
    const node = new neo4j.types.Node(neo4j.int(1), ['Knooppunt'], stored, 'element-1');
    const back = toKnooppunt({
      props: node.properties,
      regioId: rel['regioId'] as string,
      wetten: gegevens.wetten,
      themaIds: gegevens.themaIds,
      gemeenteIds: gegevens.gemeenteIds,
      taakhouder: [],
      belegdBij: [],
      verwerkingsverantwoordelijke: [],
      aanpalend: gegevens.aanpalend,
    });
    expect(back).toEqual({
      ...gegevens,
      id: 'k1',
      versie: 3,
      gewijzigdOp: '2026-11-22T10:00:00.000Z',
    });
  });

  it('maps an OVERDRACHT relationship, keeping an absent warm as null', () => {
    const rel = new neo4j.types.Relationship(
      neo4j.int(7),
      neo4j.int(1),
      neo4j.int(2),
      'OVERDRACHT',
      {
        id: 'o1',
        versie: neo4j.int(1),
        gewijzigdOp: neo4j.types.DateTime.fromStandardDate(new Date('2026-01-01T00:00:00Z')),
        soort: 'SIGNAAL',
        aanmeldingDoor: 'NIET_VASTGELEGD',
      },
      'e7',
      'e1',
      'e2',
    );
    const o = toOverdracht({ props: rel.properties, vanId: 'a', naarId: 'b' });
    expect(o).toMatchObject({
      id: 'o1',
      versie: 1,
      soort: 'SIGNAAL',
      warm: null,
      aanmelderId: null,
      criteria: null,
    });
  });
});
