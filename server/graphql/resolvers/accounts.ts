// SPDX-License-Identifier: EUPL-1.2
// Accounts, rights, history, the audit trail and verification: thin over the account and edit services.
import { zonderGeheimen } from '../../domain/accounts.ts';
import { veldWijzigingen } from '../../domain/audit.ts';
import { mag } from '../../domain/policy.ts';
import { verificatieStatus, wachtOpVerificatie } from '../../domain/verification.ts';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/resolvers.ts';
import { bestaand } from './arguments.ts';
import { vandaag } from './compliance.ts';

const json = (value: object | null) => (value === null ? null : JSON.stringify(value));

export const accountsQuery: Pick<QueryResolvers, 'ik' | 'accounts' | 'auditLog' | 'auditIntegriteit' | 'verificatieWachtrij'> = {
  ik: async (_, __, ctx) => {
    const id = ctx.verzoeker.actor?.accountId;
    const account = id === undefined ? undefined : await ctx.accounts.byId(id);
    return account ? zonderGeheimen(account) : null;
  },
  accounts: async (_, __, ctx) => {
    ctx.edits.allow(ctx.edits.signedIn(ctx.verzoeker), 'ACCOUNTS_BEHEREN', { kind: 'register' }, await ctx.view());
    return (await ctx.accounts.list()).map(zonderGeheimen);
  },
  auditLog: async (_, { na, eerste }, ctx) => {
    const limiet = Math.min(Math.max(eerste ?? 100, 1), 1000);
    const records = await ctx.edits.auditLog(ctx.verzoeker, na ?? 0, limiet);
    return { records, volgende: records.length === limiet ? records.at(-1)!.volgnummer : null };
  },
  auditIntegriteit: async (_, __, ctx) => {
    const check = await ctx.edits.integriteit(ctx.verzoeker);
    return check.intact ? { intact: true, aantal: check.aantal } : check;
  },
  verificatieWachtrij: async (_, { regioId }, ctx) => {
    ctx.edits.signedIn(ctx.verzoeker);
    const view = await ctx.view();
    if (regioId != null) bestaand(view.regios, regioId, 'Regio', 'regioId');
    return wachtOpVerificatie(view, regioId ?? null, vandaag());
  },
};

export const accountsMutation: Pick<MutationResolvers, 'verifieerKnooppunt' | 'herstelKnooppunt' | 'createAccount' | 'updateAccount'> = {
  verifieerKnooppunt: async (_, { id, versie }, ctx) => {
    const k = await ctx.edits.verifieer(id, versie, vandaag(), ctx.verzoeker);
    ctx.afterWrite();
    return k;
  },
  herstelKnooppunt: async (_, { id, versie, volgnummer }, ctx) => {
    const k = await ctx.edits.herstel(id, versie, volgnummer, ctx.verzoeker);
    ctx.afterWrite();
    return k;
  },
  createAccount: async (_, { input }, ctx) => zonderGeheimen(await ctx.accounts.create(input, ctx.verzoeker)),
  updateAccount: async (_, { id, versie, input }, ctx) => zonderGeheimen(await ctx.accounts.update(id, versie, input, ctx.verzoeker)),
};

export const accountsTypes: Pick<Resolvers, 'Account' | 'AuditRecord' | 'AuditWijziging' | 'Knooppunt'> = {
  Account: {
    organisaties: async (a, _, ctx) => {
      const view = await ctx.view();
      return a.organisatieIds.flatMap((id) => view.organisaties.get(id) ?? []);
    },
  },
  AuditRecord: {
    door: (r) => r.actorNaam,
    herkomst: (r, _, ctx) => (ctx.verzoeker.actor?.rol === 'BEHEERDER' ? r.herkomst : null),
    objectSoort: (r) => r.object?.kind ?? null,
    objectId: (r) => r.object?.id ?? null,
  },
  AuditWijziging: {
    soort: (w) => w.kind,
    versieNa: (w) => (w.na as { versie?: number } | null)?.versie ?? null,
    velden: (w) => veldWijzigingen(w.voor, w.na),
    voor: (w) => json(w.voor),
    na: (w) => json(w.na),
  },
  Knooppunt: {
    rechten: async (k, _, ctx) => {
      const view = await ctx.view();
      const actor = ctx.verzoeker.actor;
      const knooppunt = { kind: 'knooppunt' as const, id: k.id, gegevens: k };
      const eigen = actor?.organisatieIds ?? [];
      return {
        wijzigen: mag(actor, 'KNOOPPUNT_WIJZIGEN', knooppunt, view),
        verwijderen: mag(actor, 'KNOOPPUNT_VERWIJDEREN', knooppunt, view),
        verifieren: mag(actor, 'VERIFIEREN', knooppunt, view),
        deelnameToevoegen:
          actor?.rol === 'BEHEERDER' ||
          [...eigen, k.belegdBijId].some((o) => o != null && mag(actor, 'DEELNAME_SCHRIJVEN', { kind: 'deelname', gegevens: { organisatieId: o, knooppuntId: k.id } }, view)),
        routeToevoegen: mag(actor, 'OVERDRACHT_SCHRIJVEN', { kind: 'overdracht', gegevens: { vanId: k.id } }, view),
        geschiedenisLezen: mag(actor, 'GESCHIEDENIS_LEZEN', { kind: 'register' }, view),
      };
    },
    verificatieStatus: (k) => verificatieStatus(k, vandaag()),
    geschiedenis: (k, _, ctx) => ctx.edits.geschiedenis(k.id, ctx.verzoeker),
  },
};
