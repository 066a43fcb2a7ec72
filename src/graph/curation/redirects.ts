/**
 * Cypher that follows a merged-away id to the entity it was merged into, so lookups, links and seed files
 * that use the old id keep working. Merges re-point older redirects, so one hop is always enough.
 */
export const redirected = (label: string, idExpr: string, as: string) =>
  `OPTIONAL MATCH (redirect:Merged {mergedLabel: '${label}', id: ${idExpr}})
   WITH coalesce(redirect.mergedInto, ${idExpr}) AS ${as}`;
