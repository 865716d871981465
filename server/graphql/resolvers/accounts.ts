// SPDX-License-Identifier: EUPL-1.2
// Accounts, rights, history, the audit trail and verification: thin over the account and edit services.
import { zonderGeheimen } from '../../domain/accounts.ts';
import { veldWijzigingen } from '../../domain/audit.ts';
import { magAltijd, rechtenOp } from '../../domain/policy.ts';
import { verificatieStatus, wachtOpVerificatie } from '../../domain/verification.ts';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/resolvers.ts';
import { signedIn } from '../../edit-service.ts';
import { bestaand } from './arguments.ts';
import { geldigOp } from '../../domain/validity.ts';

const json = (value: object | null) => (value === null ? null : JSON.stringify(value));

export const accountsQuery: Pick<
  QueryResolvers,
  'ik' | 'accounts' | 'auditLog' | 'auditIntegriteit' | 'auditAnker' | 'verificatieWachtrij'
> = {
  ik: async (_, __, ctx) => {
    const id = ctx.verzoeker.actor?.accountId;
    const account = id === undefined ? undefined : await ctx.accounts.byId(id);
    return account ? zonderGeheimen(account) : null;
  },
  accounts: async (_, __, ctx) => (await ctx.accounts.list(ctx.verzoeker)).map(zonderGeheimen),
  auditLog: async (_, { na, eerste }, ctx) => {
    const limiet = Math.min(Math.max(eerste ?? 100, 1), 1000);
    const records = await ctx.edits.auditLog(ctx.verzoeker, na ?? 0, limiet);
    return { records, volgende: records.length === limiet ? records.at(-1)!.volgnummer : null };
  },
  auditIntegriteit: async (_, { anker }, ctx) => {
    const check = await ctx.edits.integriteit(ctx.verzoeker, anker ?? undefined);
    return check.intact ? { intact: true, aantal: check.aantal } : check;
  },
  auditAnker: (_, __, ctx) => ctx.edits.auditAnker(ctx.verzoeker),
  verificatieWachtrij: async (_, { regioId }, ctx) => {
    signedIn(ctx.verzoeker);
    const view = await ctx.view();
    if (regioId != null) bestaand(view.regios, regioId, 'Regio', 'regioId');
    return wachtOpVerificatie(view, regioId ?? null, ctx.vandaag);
  },
};

export const accountsMutation: Pick<
  MutationResolvers,
  'verifieerKnooppunt' | 'herstelKnooppunt' | 'createAccount' | 'updateAccount'
> = {
  verifieerKnooppunt: async (_, { id, versie }, ctx) => {
    const k = await ctx.edits.verifieer(id, versie, ctx.vandaag, ctx.verzoeker);
    ctx.afterWrite();
    return k;
  },
  herstelKnooppunt: async (_, { id, versie, volgnummer }, ctx) => {
    const k = await ctx.edits.herstel(id, versie, volgnummer, ctx.verzoeker);
    ctx.afterWrite();
    return k;
  },
  createAccount: async (_, { input }, ctx) =>
    zonderGeheimen(await ctx.accounts.create(input, ctx.verzoeker)),
  updateAccount: async (_, { id, versie, input }, ctx) =>
    zonderGeheimen(await ctx.accounts.update(id, versie, input, ctx.verzoeker)),
};

export const accountsTypes: Pick<
  Resolvers,
  'Account' | 'AuditRecord' | 'AuditWijziging' | 'Knooppunt'
> = {
  Account: {
    organisaties: async (a, _, ctx) => {
      const view = await ctx.volledig();
      return a.organisatieIds.flatMap((id) => view.organisaties.get(id) ?? []);
    },
  },
  AuditRecord: {
    door: (r) => r.actorNaam,
    herkomst: (r, _, ctx) => (magAltijd(ctx.verzoeker.actor, 'AUDIT_LEZEN') ? r.herkomst : null),
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
    rechten: async (k, _, ctx) => rechtenOp(ctx.verzoeker.actor, k, await ctx.volledig()),
    verificatieStatus: (k, _, ctx) => verificatieStatus(k, ctx.vandaag),
    actueel: (k, _, ctx) => geldigOp(k, ctx.vandaag),
    geschiedenis: (k, _, ctx) => ctx.edits.geschiedenis(k.id, ctx.verzoeker),
  },
};
