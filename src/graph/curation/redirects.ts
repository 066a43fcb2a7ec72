/**
 * Cypher that follows a merged-away id to the entity it was merged into, so lookups, links and seed files
 * that use the old id keep working. Merges re-point older redirects, so one hop is always enough.
 */
export const redirected = (label: string, idExpr: string, as: string) =>
  `OPTIONAL MATCH (redirect:Merged {mergedLabel: '${label}', id: ${idExpr}})
   WITH coalesce(redirect.mergedInto, ${idExpr}) AS ${as}`;

/**
 * The redirects of an id under any of `labels`, bound to `as` as a list of {label, into}: one lookup
 * (the merged_redirect index, one seek per label) for all the labels of a bare id, so each label's branch
 * is then a plain id seek (`redirectedIn`), not a lookup of its own.
 */
export const redirectsOf = (labels: readonly string[], idExpr: string, as: string) =>
  `OPTIONAL MATCH (redirect:Merged) WHERE redirect.mergedLabel IN [${labels.map((l) => `'${l}'`).join(', ')}]
     AND redirect.id = ${idExpr}
   WITH [r IN collect(redirect) | {label: r.mergedLabel, into: r.mergedInto}] AS ${as}`;

/** The id to look up under `label`: where `redirects` (from `redirectsOf`) send it, else the id itself. */
export const redirectedIn = (redirects: string, label: string, idExpr: string) =>
  `coalesce(head([r IN ${redirects} WHERE r.label = '${label}' | r.into]), ${idExpr})`;
