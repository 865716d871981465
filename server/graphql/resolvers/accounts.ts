// SPDX-License-Identifier: EUPL-1.2
// Accounts, rights, history, the audit trail and verification: thin over the account and edit services.
import { zonderGeheimen } from '../../domain/accounts.ts';
import { veldWijzigingen } from '../../domain/audit.ts';
import { magAltijd, rechtenOp } from '../../domain/policy.ts';
import {
  namensMogelijk,
  teVerifierenDoor,
  verificatieStand,
  verificatieStatus,
  verlooptOp,
  wachtOpVerificatie,
} from '../../domain/verification.ts';
import { verificatieInWoorden } from '../../domain/fields.ts';
import {
  namenUit,
  onderwerpVan,
  recordInWoorden,
  veldenInWoorden,
} from '../../domain/wijziging-in-woorden.ts';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/resolvers.ts';
import { signedIn } from '../../edit-service.ts';
import { bestaand } from './arguments.ts';
import { geldigOp } from '../../domain/validity.ts';

const json = (value: object | null) => (value === null ? null : JSON.stringify(value));

export const accountsQuery: Pick<
  QueryResolvers,
  | 'ik'
  | 'accounts'
  | 'accountRegels'
  | 'auditLog'
  | 'auditIntegriteit'
  | 'auditAnker'
  | 'verificatieWachtrij'
  | 'verificatieStand'
  | 'verificatieHerinneringen'
> = {
  ik: async (_, __, ctx) => {
    const id = ctx.verzoeker.actor?.accountId;
    const account = id === undefined ? undefined : await ctx.accounts.byId(id);
    return account ? zonderGeheimen(account) : null;
  },
  accounts: async (_, __, ctx) => (await ctx.accounts.list(ctx.verzoeker)).map(zonderGeheimen),
  accountRegels: (_, __, ctx) => ctx.accounts.regels,
  auditLog: (_, { na, eerste, filter, nieuwsteEerst, voor }, ctx) =>
    ctx.edits.auditLog(ctx.verzoeker, filter ?? {}, {
      na: na ?? 0,
      voor: voor ?? null,
      eerste: Math.min(Math.max(eerste ?? 100, 1), 1000),
      nieuwsteEerst: nieuwsteEerst ?? false,
    }),
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
  verificatieStand: async (_, { regioId }, ctx) => {
    signedIn(ctx.verzoeker);
    const view = await ctx.view();
    bestaand(view.regios, regioId, 'Regio', 'regioId');
    return verificatieStand(view, regioId, ctx.vandaag);
  },
  verificatieHerinneringen: async (_, { organisatieId }, ctx) => {
    signedIn(ctx.verzoeker);
    const view = await ctx.view();
    bestaand(view.organisaties, organisatieId, 'Organisatie', 'organisatieId');
    return teVerifierenDoor(view, organisatieId, ctx.vandaag);
  },
};

export const accountsMutation: Pick<
  MutationResolvers,
  'verifieerKnooppunt' | 'herstelKnooppunt' | 'createAccount' | 'updateAccount'
> = {
  verifieerKnooppunt: async (_, { id, versie, verificatie }, ctx) => {
    const k = await ctx.edits.verifieer(id, versie, verificatie, ctx.vandaag, ctx.verzoeker);
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
  'Account' | 'AuditRecord' | 'AuditWijziging' | 'Knooppunt' | 'Verificatie' | 'VerificatieTaak'
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
    inWoorden: async (r, _, ctx) => recordInWoorden(r, namenUit(await ctx.volledig())),
  },
  AuditWijziging: {
    soort: (w) => w.kind,
    versieNa: (w) => (w.na as { versie?: number } | null)?.versie ?? null,
    velden: (w) => veldWijzigingen(w.voor, w.na, w.kind),
    onderwerp: async (w, _, ctx) => onderwerpVan(w, namenUit(await ctx.volledig())),
    inWoorden: async (w, _, ctx) => veldenInWoorden(w, namenUit(await ctx.volledig())),
    voor: (w) => json(w.voor),
    na: (w) => json(w.na),
  },
  Knooppunt: {
    rechten: async (k, _, ctx) => rechtenOp(ctx.verzoeker.actor, k, await ctx.volledig()),
    verificatieStatus: (k, _, ctx) => verificatieStatus(k, ctx.vandaag),
    actueel: (k, _, ctx) => geldigOp(k, ctx.vandaag),
    geschiedenis: (k, _, ctx) => ctx.edits.geschiedenis(k.id, ctx.verzoeker),
    // Stored before issue 22 a description has no record: read as none.
    verificatie: (k) => k.verificatie ?? null,
    verifierenAlsBeheer: async (k, _, ctx) => {
      const { actor } = ctx.verzoeker;
      return actor?.rol === 'BEHEERDER' && rechtenOp(actor, k, await ctx.volledig()).verifieren;
    },
    verifierenNamens: async (k, _, ctx) => {
      const { actor } = ctx.verzoeker;
      const view = await ctx.volledig();
      if (!actor || !rechtenOp(actor, k, view).verifieren) return [];
      return namensMogelijk(k, actor, view).flatMap((id) => view.organisaties.get(id) ?? []);
    },
  },
  Verificatie: {
    namens: async (v, _, ctx) =>
      v.namensId === null ? null : ((await ctx.volledig()).organisaties.get(v.namensId) ?? null),
    geraadpleegd: async (v, _, ctx) => {
      const view = await ctx.volledig();
      return v.geraadpleegd.flatMap((g) => {
        const organisatie = view.organisaties.get(g.organisatieId);
        return organisatie ? [{ organisatie, rol: g.rol }] : [];
      });
    },
    inWoorden: async (v, _, ctx) => verificatieInWoorden(v, namenUit(await ctx.volledig())),
  },
  VerificatieTaak: {
    verlooptOp: (t) => (t.knooppunt.geverifieerdOp ? verlooptOp(t.knooppunt.geverifieerdOp) : null),
  },
};
