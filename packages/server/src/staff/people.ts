/**
 * What admins do with people: list them, change a role, deactivate. Deactivation is final and ends
 * the person's sessions in the same transaction, so their next request is refused. The last
 * active admin can be neither deactivated nor moved to another role: someone must always be able
 * to manage people (and if that admin loses a factor, `jikim admin invite` on the server helps).
 * The check and the change are one serialised step (admin-change.ts), also when two admins act
 * on each other at the same instant.
 */
import type { StaffRole } from '@jikim/contracts';
import { adminChanges } from './admin-change.js';
import type { StaffPrincipal } from './require-staff.js';
import { sessionService } from './sessions.js';
import { sealContext, StaffError, type StaffDeps } from './staff-deps.js';
import { staffRepository, type StaffRow } from './staff.repository.js';

export function people(deps: StaffDeps) {
  const repo = staffRepository(deps.db);
  const actorOf = (admin: StaffPrincipal) => ({ kind: 'staff', staffId: admin.id, sessionId: admin.sessionId } as const);

  async function existing(id: string): Promise<StaffRow> {
    const row = await repo.get(id);
    if (!row) throw new StaffError(404, 'No such person');
    return row;
  }

  async function describe(row: StaffRow, passkeyCount: number) {
    return {
      id: row.id,
      name: await deps.vault.openSystemField(row.name_sealed, sealContext.name(row.id)),
      login: row.login_sealed ? await deps.vault.openSystemField(row.login_sealed, sealContext.login(row.id)) : null,
      role: row.role,
      status: row.status,
      createdAt: row.created_at,
      activatedAt: row.activated_at,
      deactivatedAt: row.deactivated_at,
      passkeys: passkeyCount,
    };
  }

  const asAdmin = adminChanges(deps);

  return {
    describe: async (id: string) => describe(await existing(id), (await repo.passkeys(id)).length),

    async list() {
      const rows = await repo.list();
      const counts = await deps.db.selectFrom('staff_passkeys').select(['staff_id', (eb) => eb.fn.countAll<number | string>().as('n')])
        .groupBy('staff_id').execute();
      const byStaff = new Map(counts.map((c) => [c.staff_id, Number(c.n)]));
      return Promise.all(rows.map((row) => describe(row, byStaff.get(row.id) ?? 0)));
    },

    async changeRole(admin: StaffPrincipal, id: string, role: StaffRole): Promise<void> {
      await asAdmin(admin.id, async ({ trx, repo: r, refuseLastAdmin }) => {
        const row = await r.get(id);
        if (!row) throw new StaffError(404, 'No such person');
        if (row.status === 'deactivated') throw new StaffError(409, 'This account is deactivated');
        if (row.role === role) return;
        if (role !== 'admin') await refuseLastAdmin(row);
        await r.update(id, { role });
        // A new role is a new set of rights: the person logs in again to use it.
        await sessionService(trx, deps.now).endAllFor(id);
        await deps.audit.append({ actor: actorOf(admin), action: 'staff.role_change', subjectStaffId: id, detail: { from: row.role, to: role } }, trx);
      });
    },

    async deactivate(admin: StaffPrincipal, id: string): Promise<void> {
      await asAdmin(admin.id, async ({ trx, repo: r, refuseLastAdmin }) => {
        const row = await r.get(id);
        if (!row) throw new StaffError(404, 'No such person');
        if (row.status === 'deactivated') return;
        await refuseLastAdmin(row);
        await r.update(id, { status: 'deactivated', deactivated_at: deps.now().toISOString() });
        await r.deleteOpenLinks(id);
        const ended = await sessionService(trx, deps.now).endAllFor(id);
        await deps.audit.append({ actor: actorOf(admin), action: 'staff.deactivate', subjectStaffId: id, detail: { role: row.role, sessionsEnded: ended } }, trx);
      });
    },
  };
}

export type People = ReturnType<typeof people>;
