/**
 * Compiled case reads — the one entry point. A staff member's `cases` page or `node(id)` of a case
 * compiles to one SQL statement (a named prepared statement) that returns every object of the answer
 * as positional JSON, when its selection has only columns and the relations declared in
 * `CASE_PROJECTION`; anything else (personal data, computed fields, later pages, API keys) takes the ORM
 * path. The answer is the ORM path's, byte for byte (test/compiled-reads.test.ts); COMPILED_READS=false
 * turns the compiler off.
 *
 * - `compiledCases` / `compiledCase`: called by the `cases` and `node` resolvers (undefined: not compiled).
 * - `acceptCompiled`: the schema's last pass, lets precomputed objects through the projected types.
 * - `compiledResponse`: Apollo's `responseForOperation` hook (in the hub's one plugin, hubRulesPlugin) that
 *   writes compiled answers out without graphql-js walking them (withheld.ts).
 * - `compiledReadsOf`: the counts for the request's log line.
 *
 * Only public APIs: graphql-js's exported functions (fields.ts collects fields by graphql-js's rule),
 * MikroORM's metadata, pg's named statements through query config (src/shared/prepared.ts).
 */
import type { GraphQLSchema } from 'graphql';
import { PROJECTED_TYPES } from './case-reads.js';
import { acceptPrecomputed } from './precomputed.js';

export { compiledCase, compiledCases } from './case-reads.js';
export { compiledReadsOf, compiledResponse } from './withheld.js';

export function acceptCompiled(schema: GraphQLSchema): void {
  acceptPrecomputed(schema, PROJECTED_TYPES);
}
