/**
 * What identity needs of the agency tree: grants name agencies by code, and a
 * grant on an agency with its subtree covers every agency below it. Stated
 * here as an interface (the agencies module's snapshot fits it) so identity,
 * which every module's policy imports, depends on no other module.
 */
export interface AgencyTree {
  /** The agency and all its descendants. */
  subtree(id: string): Set<string>;
  /** An agency by any accepted spelling of its code. */
  resolve(code: string): { agency: { id: string; code: string } } | undefined;
}

/** Where the current tree comes from (the agencies module's directory). */
export interface AgencyTreeSource {
  current(): Promise<AgencyTree>;
}
