/** Loads the demo agency tree, desks and administrative units (idempotent: stable ids, conflicts ignored). */
import type { Executor } from '../../../platform/db/database.ts';
import { stableId } from '../../../platform/ids.ts';
import { agencyTables } from '../agency.repo.ts';
import { demoAgencies, demoAgencyLineage, demoDesks, demoUnitLineage, demoUnits } from './demo-agencies.ts';

export const agencyId = (code: string): string => stableId('agency', code);
const unitId = (key: string): string => stableId('admin-unit', key);

export async function seedDemoAgencyRows(tx: Executor): Promise<void> {
  const t = agencyTables;
  await tx
    .insert(t.adminUnits)
    .values(
      demoUnits.map((u) => ({
        id: unitId(u.key),
        code: u.code,
        name: u.name,
        kind: u.kind,
        parentId: u.parent ? unitId(u.parent) : null,
        validFrom: u.validFrom,
        validTo: u.validTo ?? null,
        legalBasis: u.legalBasis ?? null,
      })),
    )
    .onConflictDoNothing();
  await tx
    .insert(t.adminUnitLineage)
    .values(
      demoUnitLineage.flatMap(([from, tos]) =>
        tos.map((to) => ({ predecessorId: unitId(from), successorId: unitId(to), effectiveOn: '2025-07-01', legalBasis: 'Sắp xếp đơn vị hành chính 2025' })),
      ),
    )
    .onConflictDoNothing();

  const byCode = new Map(demoAgencies.map((a) => [a.code, a]));
  const pathOf = (code: string): string => {
    const chain: string[] = [];
    for (let c: string | null = code; c; c = byCode.get(c)?.parent ?? null) chain.unshift(agencyId(c));
    return `/${chain.join('/')}/`;
  };
  await tx
    .insert(t.agencies)
    .values(
      demoAgencies.map((a) => ({
        id: agencyId(a.code),
        code: a.code,
        name: a.name,
        shortName: a.shortName ?? null,
        kind: a.kind,
        level: a.level,
        parentId: a.parent ? agencyId(a.parent) : null,
        path: pathOf(a.code),
        adminUnitId: a.unit ? unitId(a.unit) : null,
        address: a.address ?? null,
        validFrom: a.validFrom,
        validTo: a.validTo ?? null,
      })),
    )
    .onConflictDoNothing();
  const aliases = demoAgencies.flatMap((a) => (a.legacy ?? []).map((alias) => ({ alias, agencyId: agencyId(a.code), kind: 'LEGACY_LAYOUT', note: 'Mã theo Thông tư 10/2016/TT-BTTTT' })));
  if (aliases.length > 0) await tx.insert(t.agencyCodeAliases).values(aliases).onConflictDoNothing();
  await tx
    .insert(t.agencyLineage)
    .values(demoAgencyLineage.map((l) => ({ predecessorId: agencyId(l.from), successorId: agencyId(l.to), event: l.event, effectiveOn: l.on, legalBasis: l.basis })))
    .onConflictDoNothing();
  await tx
    .insert(t.oneStopDesks)
    .values(demoDesks.map((d) => ({ id: stableId('desk', d.code), code: d.code, name: d.name, agencyId: agencyId(d.agency), address: d.address, validFrom: '2025-07-01' })))
    .onConflictDoNothing();
}
