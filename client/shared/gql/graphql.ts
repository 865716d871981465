/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Lezer leest; redacteur bewerkt voor een of meer organisaties; beheerder doet alles. */
export type AccountRol =
  | 'BEHEERDER'
  | 'LEZER'
  | 'REDACTEUR';

export type RegioNaamQueryVariables = Exact<{ [key: string]: never; }>;


export type RegioNaamQuery = { regios: Array<{ id: string, naam: string }> };

export type IkQueryVariables = Exact<{ [key: string]: never; }>;


export type IkQuery = { ik: { naam: string, rol: AccountRol } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const RegioNaamDocument = new TypedDocumentString(`
    query RegioNaam {
  regios {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<RegioNaamQuery, RegioNaamQueryVariables>;
export const IkDocument = new TypedDocumentString(`
    query Ik {
  ik {
    naam
    rol
  }
}
    `) as unknown as TypedDocumentString<IkQuery, IkQueryVariables>;