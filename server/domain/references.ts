// SPDX-License-Identifier: EUPL-1.2
// Which fields of an editable object point at other objects, and which combinations must be
// unique. The one description of referential integrity both stores enforce.
import { naamSleutel } from './validation.ts';
import type { EditableKind, EditableKinds } from './model.ts';

export type RefTarget = 'knooppunt' | 'organisatie' | 'thema' | 'gemeente' | 'regio' | 'wet';

export interface Reference {
  /** Field path in the input, for the error message. */
  field: string;
  target: RefTarget;
  id: string;
}

export const TARGET_LABELS: Record<RefTarget, string> = {
  knooppunt: 'knooppunt',
  organisatie: 'organisatie',
  thema: 'thema',
  gemeente: 'gemeente',
  regio: 'regio',
  wet: 'wet',
};

const one = (field: string, target: RefTarget, id: string | null): Reference[] =>
  id === null ? [] : [{ field, target, id }];
const many = (field: string, target: RefTarget, ids: readonly string[]): Reference[] =>
  ids.map((id, i) => ({ field: `${field}[${i}]`, target, id }));

export function referencesOf<K extends EditableKind>(
  kind: K,
  gegevens: EditableKinds[K]['gegevens'],
): Reference[] {
  switch (kind) {
    case 'knooppunt': {
      const k = gegevens as EditableKinds['knooppunt']['gegevens'];
      return [
        ...one('regioId', 'regio', k.regioId),
        ...many('themaIds', 'thema', k.themaIds),
        ...many('gemeenteIds', 'gemeente', k.gemeenteIds),
        ...k.wetten.map((w, i) => ({
          field: `wetten[${i}].wetId`,
          target: 'wet' as const,
          id: w.wetId,
        })),
        ...one('taakhouderId', 'organisatie', k.taakhouderId),
        ...one('belegdBijId', 'organisatie', k.belegdBijId),
        ...one('verwerkingsverantwoordelijkeId', 'organisatie', k.verwerkingsverantwoordelijkeId),
        ...k.aanpalend.map((a, i) => ({
          field: `aanpalend[${i}].knooppuntId`,
          target: 'knooppunt' as const,
          id: a.knooppuntId,
        })),
      ];
    }
    case 'organisatie':
      return [];
    case 'deelname': {
      const d = gegevens as EditableKinds['deelname']['gegevens'];
      return [
        ...one('organisatieId', 'organisatie', d.organisatieId),
        ...one('knooppuntId', 'knooppunt', d.knooppuntId),
        ...d.wetten.map((w, i) => ({
          field: `wetten[${i}].wetId`,
          target: 'wet' as const,
          id: w.wetId,
        })),
      ];
    }
    case 'overdracht': {
      const o = gegevens as EditableKinds['overdracht']['gegevens'];
      return [
        ...one('vanId', 'knooppunt', o.vanId),
        ...one('naarId', 'knooppunt', o.naarId),
        ...one('aanmelderId', 'organisatie', o.aanmelderId),
      ];
    }
  }
  throw new Error(`unknown kind ${String(kind)}`);
}

export interface UniqueKey {
  field: string;
  key: string;
  message: string;
}

/** Combinations that may occur once: a knooppunt name per region, one deelname per organisation and knooppunt, ... */
export function uniqueKeyOf<K extends EditableKind>(
  kind: K,
  gegevens: EditableKinds[K]['gegevens'],
): UniqueKey {
  switch (kind) {
    case 'knooppunt': {
      const k = gegevens as EditableKinds['knooppunt']['gegevens'];
      return {
        field: 'naam',
        key: naamSleutel(k.regioId, k.naam),
        message: 'In deze regio bestaat al een knooppunt met deze naam',
      };
    }
    case 'organisatie': {
      const o = gegevens as EditableKinds['organisatie']['gegevens'];
      return {
        field: 'naam',
        key: naamSleutel('', o.naam),
        message: 'Er bestaat al een organisatie met deze naam',
      };
    }
    case 'deelname': {
      const d = gegevens as EditableKinds['deelname']['gegevens'];
      return {
        field: 'organisatieId',
        key: `${d.organisatieId}|${d.knooppuntId}`,
        message: 'Deze organisatie neemt al deel aan dit knooppunt; wijzig die deelname',
      };
    }
    case 'overdracht': {
      const o = gegevens as EditableKinds['overdracht']['gegevens'];
      return {
        field: 'naarId',
        key: `${o.vanId}|${o.naarId}|${o.soort}`,
        message: 'Deze route (zelfde van, naar en soort) bestaat al; wijzig die',
      };
    }
  }
  throw new Error(`unknown kind ${String(kind)}`);
}

/** A reference to nothing, in words: the field it sits in says where. */
export function unknownReferenceMessage(ref: Reference): string {
  return `Er is geen ${TARGET_LABELS[ref.target]} ‘${ref.id}’ (meer)`;
}
