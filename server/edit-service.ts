// SPDX-License-Identifier: EUPL-1.2
// Every change to the registry, as one use case each: who may (domain/policy.ts), whether the
// input is valid (domain/validation.ts), the write with its audit record (the store, in one
// transaction), and an audit record for every attempt that did not land.
import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from './domain/accounts.ts';
import {
  alleenVanKnooppunt,
  type AuditActie,
  type AuditContext,
  type AuditEntry,
  type AuditRecord,
  type AuditResultaat,
  type ChainCheck,
  type GetekendAnker,
  type Wijziging,
  veldWijzigingen,
  volgordeBehouden,
} from './domain/audit.ts';
import { verifyGeschiedenisIndex, verifyStaat } from './domain/audit-state.ts';
import {
  auditZoeker,
  controleerFilter,
  type AuditFilter,
  type AuditPagina,
  type AuditZoekUitkomst,
} from './domain/audit-zoeken.ts';
import {
  AuditCheckError,
  ConflictError,
  ForbiddenError,
  ImportChangedError,
  InUseError,
  NotFoundError,
  TooManyError,
  UnauthenticatedError,
  ValidationError,
} from './domain/errors.ts';
import { gegevensVan, KIND_LABELS, type EditableKind, type EditableKinds } from './domain/model.ts';
import { mag, magAltijd, type Actie, type Doel } from './domain/policy.ts';
import {
  planImport,
  planInhoud,
  writesOf,
  type ImportPlan,
  type ImportRij,
} from './domain/import-plan.ts';
import { objectenVan, type RegistryIndex } from './domain/registry-index.ts';
import { aantal } from './domain/taal.ts';
import { parseGegevens } from './domain/validation.ts';
import { geverifieerd, parseVerificatie, verificatieBehouden } from './domain/verification.ts';
import type { RegistryService } from './registry-service.ts';
import { SlidingWindow } from './sliding-window.ts';
import { IMPORT_GRENZEN } from './spreadsheet/limits.ts';
import type { Store } from './store/port.ts';

/** Who asks, and from where: the signed-in account (null if none) and the client address. */
export interface Verzoeker {
  actor: Actor | null;
  herkomst: string;
}

/** The audit trail, or one knooppunt's history, oldest first, read from the store in parts. */
async function* auditDelen(store: Store, knooppuntId?: string): AsyncGenerator<AuditRecord[]> {
  for (let deel = await store.auditRecords({ knooppuntId, limiet: 1000 }); deel.length > 0;) {
    yield deel;
    deel = await store.auditRecords({ knooppuntId, na: deel.at(-1)!.volgnummer, limiet: 1000 });
  }
}

/** How a refused or failed attempt is recorded; anything else unexpected is MISLUKT. */
const RESULTATEN: [new (...args: never[]) => Error, AuditResultaat][] = [
  [ForbiddenError, 'GEWEIGERD'],
  [UnauthenticatedError, 'GEWEIGERD'],
  [InUseError, 'GEWEIGERD'],
  [ValidationError, 'ONGELDIG'],
  [ConflictError, 'CONFLICT'],
  [ImportChangedError, 'CONFLICT'],
  [NotFoundError, 'NIET_GEVONDEN'],
];
const resultaatVan = (error: unknown): AuditResultaat =>
  RESULTATEN.find(([soort]) => error instanceof soort)?.[1] ?? 'MISLUKT';

/** A knooppunt's verification as stored, whatever the input says (only verifieer sets it). */
function metBewaardeVerificatie<K extends EditableKind>(
  kind: K,
  gegevens: EditableKinds[K]['gegevens'],
  huidig: object | undefined,
): EditableKinds[K]['gegevens'] {
  if (kind !== 'knooppunt') return gegevens;
  return verificatieBehouden(
    gegevens as EditableKinds['knooppunt']['gegevens'],
    huidig as EditableKinds['knooppunt']['entity'] | undefined,
  );
}

/** The policy action and target of a write on an object in a given state. */
function doelVan<K extends EditableKind>(
  kind: K,
  id: string | null,
  gegevens: EditableKinds[K]['gegevens'],
): Doel {
  switch (kind) {
    case 'knooppunt':
      return { kind, id, gegevens: gegevens as EditableKinds['knooppunt']['gegevens'] };
    case 'deelname':
      return { kind, gegevens: gegevens as EditableKinds['deelname']['gegevens'] };
    case 'overdracht':
      return { kind, gegevens: gegevens as EditableKinds['overdracht']['gegevens'] };
    default:
      return { kind: 'organisatie', id };
  }
}

const ACTIES: Record<EditableKind, Record<'maken' | 'wijzigen' | 'verwijderen', Actie>> = {
  knooppunt: {
    maken: 'KNOOPPUNT_MAKEN',
    wijzigen: 'KNOOPPUNT_WIJZIGEN',
    verwijderen: 'KNOOPPUNT_VERWIJDEREN',
  },
  organisatie: {
    maken: 'ORGANISATIE_MAKEN',
    wijzigen: 'ORGANISATIE_WIJZIGEN',
    verwijderen: 'ORGANISATIE_VERWIJDEREN',
  },
  deelname: {
    maken: 'DEELNAME_SCHRIJVEN',
    wijzigen: 'DEELNAME_SCHRIJVEN',
    verwijderen: 'DEELNAME_SCHRIJVEN',
  },
  overdracht: {
    maken: 'OVERDRACHT_SCHRIJVEN',
    wijzigen: 'OVERDRACHT_SCHRIJVEN',
    verwijderen: 'OVERDRACHT_SCHRIJVEN',
  },
};

const WEIGERING: Partial<Record<Actie, string>> = {
  KNOOPPUNT_MAKEN:
    'een redacteur legt alleen knooppunten vast die bij de eigen organisatie zijn belegd',
  KNOOPPUNT_WIJZIGEN:
    'een redacteur wijzigt alleen knooppunten die bij de eigen organisatie zijn belegd',
  KNOOPPUNT_VERWIJDEREN:
    'een redacteur verwijdert alleen knooppunten die bij de eigen organisatie zijn belegd',
  DEELNAME_SCHRIJVEN:
    'een redacteur schrijft alleen de deelnames van de eigen organisatie, of die aan een knooppunt dat bij haar is belegd',
  OVERDRACHT_SCHRIJVEN:
    'een redacteur legt alleen routes vast vanuit knooppunten die bij de eigen organisatie zijn belegd',
  ORGANISATIE_WIJZIGEN: 'een redacteur wijzigt alleen de eigen organisatie',
  VERIFIEREN:
    'alleen een redacteur van een organisatie die deelneemt of waarbij het knooppunt is belegd, verifieert',
};

/** The signed-in actor; UNAUTHENTICATED without one. */
export function signedIn(wie: Verzoeker): Actor {
  if (wie.actor === null) throw new UnauthenticatedError('Hiervoor moet u aangemeld zijn.');
  return wie.actor;
}

/** Checks an action on the register as a whole (accounts, audit trail, history): by role alone. */
export function mayOnRegister(wie: Verzoeker, actie: Actie): void {
  if (!magAltijd(signedIn(wie), actie))
    throw new ForbiddenError(
      `U mag dit niet: ${WEIGERING[actie] ?? 'dit is voorbehouden aan de beheerder'}.`,
    );
}

/** An import's row errors as one ValidationError, the first few named and the rest counted. */
function rijFouten(plan: ImportPlan): ValidationError {
  const getoond = plan.fouten.slice(0, IMPORT_GRENZEN.getoondeFouten).map((f) => ({
    field: `${f.blad} rij ${f.rij}${f.kolom ? `, ${f.kolom}` : ''}`,
    message: `${f.blad} rij ${f.rij}: ${f.melding}`,
  }));
  const rest = plan.fouten.length - getoond.length;
  return new ValidationError(
    rest > 0
      ? [...getoond, { field: 'bestanden', message: `En nog ${aantal(rest, 'fout', 'fouten')}` }]
      : getoond,
  );
}

/** The fingerprint of an import plan the user confirms: the preview shows it, the confirmation sends it back. */
export const importSleutel = (plan: ImportPlan): string =>
  createHash('sha256').update(planInhoud(plan)).digest('base64url');

/** Refused attempts per origin per minute before further attempts are refused unheard. */
export const MAX_WEIGERINGEN = 30;

export class EditService {
  private readonly registry: RegistryService;
  private readonly weigeringen = new SlidingWindow(60_000);

  constructor(registry: RegistryService) {
    this.registry = registry;
  }

  async create<K extends EditableKind>(
    kind: K,
    input: unknown,
    wie: Verzoeker,
    id: string = randomUUID(),
  ): Promise<EditableKinds[K]['entity']> {
    return this.attempt(wie, 'MAKEN', { kind, id }, async (actor, view) => {
      const gegevens = metBewaardeVerificatie(kind, parseGegevens(kind, input), undefined);
      this.allow(actor, ACTIES[kind].maken, doelVan(kind, null, gegevens), view);
      return this.registry.store.create(kind, id, gegevens, this.wijziging(wie));
    });
  }

  async update<K extends EditableKind>(
    kind: K,
    id: string,
    versie: number,
    input: unknown,
    wie: Verzoeker,
  ): Promise<EditableKinds[K]['entity']> {
    return this.attempt(wie, 'WIJZIGEN', { kind, id }, async (actor, view) => {
      const huidig = objectenVan(view, kind).get(id);
      const nieuw = metBewaardeVerificatie(kind, parseGegevens(kind, input), huidig);
      // Sets in another order are no change (ux review row 28): kept as stored, and nothing
      // changed is not written (so it neither shows in the history nor marks "gewijzigd na verificatie").
      const gegevens = huidig ? volgordeBehouden(kind, nieuw, gegevensVan(huidig)) : nieuw;
      this.allowOnBoth(actor, kind, id, gegevens, view);
      if (huidig?.versie === versie && veldWijzigingen(huidig, gegevens, kind).length === 0)
        return huidig;
      return this.registry.store.update(kind, id, versie, gegevens, this.wijziging(wie));
    });
  }

  async remove(kind: EditableKind, id: string, versie: number, wie: Verzoeker): Promise<void> {
    await this.attempt(wie, 'VERWIJDEREN', { kind, id }, async (actor, view) => {
      const current = this.current(view, kind, id);
      this.allow(actor, ACTIES[kind].verwijderen, doelVan(kind, id, current), view);
      await this.registry.store.remove(kind, id, versie, this.wijziging(wie));
    });
  }

  /** §2.6 stap 3: records who checked the description today, for whom, with whom, and what. */
  async verifieer(
    knooppuntId: string,
    versie: number,
    verificatie: unknown,
    vandaag: string,
    wie: Verzoeker,
  ): Promise<EditableKinds['knooppunt']['entity']> {
    return this.attempt(
      wie,
      'VERIFIEREN',
      { kind: 'knooppunt', id: knooppuntId },
      async (actor, view) => {
        const k = this.current(view, 'knooppunt', knooppuntId);
        this.allow(actor, 'VERIFIEREN', { kind: 'knooppunt', id: knooppuntId, gegevens: k }, view);
        return this.registry.store.update(
          'knooppunt',
          knooppuntId,
          versie,
          geverifieerd(k, actor, parseVerificatie(verificatie, k, actor, view), view, vandaag),
          this.wijziging(wie, 'VERIFIEREN'),
        );
      },
    );
  }

  /** Brings back the description a knooppunt had after an earlier change (a new version, audited). */
  async herstel(
    knooppuntId: string,
    versie: number,
    volgnummer: number,
    wie: Verzoeker,
  ): Promise<EditableKinds['knooppunt']['entity']> {
    return this.attempt(
      wie,
      'HERSTELLEN',
      { kind: 'knooppunt', id: knooppuntId },
      async (actor, view) => {
        const record = (
          await this.registry.store.auditRecords({ knooppuntId, na: volgnummer - 1, limiet: 1 })
        )[0];
        const state =
          record?.volgnummer === volgnummer
            ? record.wijzigingen.find((w) => w.kind === 'knooppunt' && w.id === knooppuntId)?.na
            : undefined;
        if (!state) throw new NotFoundError('Versie', String(volgnummer), 'volgnummer');
        const parsed = verificatieBehouden(
          parseGegevens('knooppunt', gegevensVan(state as EditableKinds['knooppunt']['entity'])),
          view.knooppunten.get(knooppuntId),
        );
        this.allowOnBoth(actor, 'knooppunt', knooppuntId, parsed, view);
        return this.registry.store.update(
          'knooppunt',
          knooppuntId,
          versie,
          parsed,
          this.wijziging(wie, 'HERSTELLEN'),
        );
      },
    );
  }

  /**
   * Writes an import's plan as one atomic change with one audit record, after checking every
   * object against the policy as a single edit would be. The plan must still be the one the
   * user saw: `sleutel` is its fingerprint, so a registry changed in between is a CONFLICT.
   */
  async importeer(
    rijen: readonly ImportRij[],
    sleutel: string,
    wie: Verzoeker,
  ): Promise<ImportPlan> {
    return this.attempt(
      wie,
      'IMPORTEREN',
      { kind: 'register', id: 'register' },
      async (actor, view) => {
        mayOnRegister(wie, 'IMPORTEREN');
        const plan = planImport(view, rijen);
        if (plan.fouten.length > 0) throw rijFouten(plan);
        if (importSleutel(plan) !== sleutel) throw new ImportChangedError();
        for (const w of plan.wijzigingen) {
          if (w.versie === null)
            this.allow(actor, ACTIES[w.kind].maken, doelVan(w.kind, null, w.gegevens), view);
          else this.allowOnBoth(actor, w.kind, w.id, w.gegevens, view);
        }
        if (plan.wijzigingen.length > 0)
          await this.registry.store.applyAll(writesOf(plan), this.wijziging(wie, 'IMPORTEREN'));
        return plan;
      },
    );
  }

  /** Who changed what in a knooppunt's history, oldest first; for signed-in accounts. */
  async geschiedenis(knooppuntId: string, wie: Verzoeker): Promise<AuditRecord[]> {
    mayOnRegister(wie, 'GESCHIEDENIS_LEZEN');
    const geschiedenis: AuditRecord[] = [];
    for await (const deel of auditDelen(this.registry.store, knooppuntId))
      for (const r of deel)
        if (r.resultaat === 'GELUKT') geschiedenis.push(alleenVanKnooppunt(r, knooppuntId));
    return geschiedenis;
  }

  /** The audit trail, searched and paged (domain/audit-zoeken.ts); for beheerders, checked before any work. */
  async auditLog(
    wie: Verzoeker,
    filter: AuditFilter,
    pagina: AuditPagina,
  ): Promise<AuditZoekUitkomst> {
    mayOnRegister(wie, 'AUDIT_LEZEN');
    controleerFilter(filter);
    // The total needs every match, so the trail (or the knooppunt's history) is read once; only
    // the page is kept.
    const zoeker = auditZoeker(filter, pagina);
    for await (const deel of auditDelen(this.registry.store, filter.knooppuntId ?? undefined))
      zoeker.lees(deel);
    return zoeker.uitkomst();
  }

  /**
   * Checks the whole trail; for beheerders. The chain against its key, an auditor's anchor (if
   * given) and the highest head this process saw; then the stored objects against the trail's
   * last state, and each knooppunt's history index against the chain.
   */
  async integriteit(wie: Verzoeker, anker?: GetekendAnker): Promise<ChainCheck> {
    mayOnRegister(wie, 'AUDIT_LEZEN');
    return (await this.controle(anker)).check;
  }

  /** The head of an intact trail, signed with the key, for an auditor to keep outside the registry; for beheerders. */
  async auditAnker(wie: Verzoeker): Promise<(GetekendAnker & { tijd: string }) | null> {
    mayOnRegister(wie, 'AUDIT_LEZEN');
    const { check, kop } = await this.controle();
    if (!check.intact)
      throw new AuditCheckError(
        `De audittrail is niet intact (${check.reden}); er wordt geen anker afgegeven.`,
      );
    return kop && { ...this.registry.store.keten.onderteken(kop), tijd: kop.tijd };
  }

  private async controle(
    anker?: GetekendAnker,
  ): Promise<{ check: ChainCheck; kop: AuditRecord | null }> {
    const { store } = this.registry;
    // Read before the records: every head seen so far committed before they are read.
    const gezien = store.keten.hoogste;
    const { registry, records } = await this.momentopname();
    const kop = records.at(-1) ?? null;
    const chain = store.keten.controleer(records, anker, gezien);
    if (!chain.intact) return { check: chain, kop };
    const breuk =
      verifyStaat(records, registry) ??
      verifyGeschiedenisIndex(records, await store.auditHistoryIndex());
    if (breuk) return { check: { intact: false, aantal: records.length, ...breuk }, kop };
    if (kop) store.keten.gezien(kop);
    return { check: chain, kop };
  }

  /** The stored objects and the whole trail as of one moment: read again when a write landed in between. */
  private async momentopname() {
    const { store } = this.registry;
    for (let poging = 0; poging < 5; poging++) {
      const revision = await store.revision();
      const registry = await store.load();
      const records: AuditRecord[] = [];
      for await (const deel of auditDelen(store)) records.push(...deel);
      if ((await store.revision()) === revision) return { registry, records };
    }
    throw new AuditCheckError(
      'Het register veranderde steeds tijdens de controle van de audittrail; probeer het opnieuw.',
    );
  }

  /**
   * An anonymous origin refused MAX_WEIGERINGEN times in the last minute is refused before any
   * work, and unaudited: nobody can fill the audit trail (or the disk) with refusals (security
   * review M4). Signed-in accounts are named in every record they cause, and limited by the API's
   * rate limit.
   */
  private nietTeVaakGeweigerd(wie: Verzoeker): void {
    if (wie.actor === null && this.weigeringen.count(wie.herkomst) >= MAX_WEIGERINGEN)
      throw new TooManyError(
        'Te veel geweigerde pogingen vanaf dit adres; probeer het over een minuut opnieuw.',
      );
  }

  /** Records an attempt that did not land, with why, and passes the error on. */
  async refused(
    wie: Verzoeker,
    actie: AuditActie,
    object: AuditEntry['object'],
    error: unknown,
  ): Promise<never> {
    this.nietTeVaakGeweigerd(wie);
    if (wie.actor === null) this.weigeringen.hit(wie.herkomst);
    await this.registry.store.appendAudit(
      {
        actie,
        actorId: wie.actor?.accountId ?? null,
        actorNaam: wie.actor?.naam ?? null,
        herkomst: wie.herkomst,
        object,
        resultaat: resultaatVan(error),
        melding: error instanceof Error ? error.message : String(error),
        wijzigingen: [],
        knooppuntIds: object?.kind === 'knooppunt' ? [object.id] : [],
      },
      new Date(),
    );
    throw error;
  }

  private async attempt<T>(
    wie: Verzoeker,
    actie: AuditActie,
    object: AuditEntry['object'],
    work: (actor: Actor, view: RegistryIndex) => Promise<T>,
  ): Promise<T> {
    this.nietTeVaakGeweigerd(wie);
    try {
      return await work(signedIn(wie), await this.registry.index());
    } catch (error) {
      return this.refused(wie, actie, object, error);
    }
  }

  private allow(actor: Actor, actie: Actie, doel: Doel, view: RegistryIndex): void {
    if (!mag(actor, actie, doel, view))
      throw new ForbiddenError(
        `U mag dit niet: ${WEIGERING[actie] ?? 'dit is voorbehouden aan de beheerder'}.`,
      );
  }

  /** An update must be allowed on the object as it is and as it would become (no giving away). */
  private allowOnBoth<K extends EditableKind>(
    actor: Actor,
    kind: K,
    id: string,
    gegevens: EditableKinds[K]['gegevens'],
    view: RegistryIndex,
  ): void {
    const current = this.current(view, kind, id);
    this.allow(actor, ACTIES[kind].wijzigen, doelVan(kind, id, current), view);
    this.allow(actor, ACTIES[kind].wijzigen, doelVan(kind, id, gegevens), view);
  }

  private current<K extends EditableKind>(
    view: RegistryIndex,
    kind: K,
    id: string,
  ): EditableKinds[K]['entity'] {
    const found = objectenVan(view, kind).get(id);
    if (!found) throw new NotFoundError(KIND_LABELS[kind], id, 'id');
    return found;
  }

  private wijziging(wie: Verzoeker, actie?: AuditActie): Wijziging {
    const context: AuditContext = {
      actorId: wie.actor?.accountId ?? null,
      actorNaam: wie.actor?.naam ?? null,
      herkomst: wie.herkomst,
    };
    return actie ? { at: new Date(), context, actie } : { at: new Date(), context };
  }
}
