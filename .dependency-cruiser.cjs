/**
 * The hub's layers, checked by `npm run lint:layers` (part of `npm test`). Arrows point down only:
 *
 *   composition  src/main.ts, hub.ts, server.ts, schema*.ts, graphql-door.ts, graphql-pipeline.ts, banner.ts, db/, seed/ …
 *   features     src/modules/<feature>/   (no two feature folders import each other, even through others)
 *   ground       src/shared/              (request plumbing, the event log, exports, scalars, Role …)
 *   base         src/config.ts, src/web/, libraries
 *
 * docs/development.md ("Layers") explains the picture and how the cycles that existed were broken.
 */

/** Files of src/ that compose the features into a running hub: nothing below may import them. */
const COMPOSITION = '^src/(main|hub|server|schema|schema-emit|schema-passes|graphql-door|graphql-pipeline|cluster|maintenance|banner|console-static|dual-dispatch-resolvers)\\.ts$|^src/(db|seed)/';

/** A forbidden arrow: every rule here is an error. */
const forbid = (name, comment, rule) => ({ name, comment, severity: 'error', ...rule });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid('shared-is-ground',
      'src/shared/ is the ground floor: it may use src/config.ts, src/web/ and libraries, never a feature or the composition.',
      { from: { path: '^src/shared/' }, to: { path: '^src/', pathNot: '^src/(shared/|config\\.ts$|web/)' } }),
    forbid('base-is-base',
      'src/config.ts and src/web/ sit below everything of the hub: they import only each other and libraries.',
      { from: { path: '^src/(config\\.ts$|web/)' }, to: { path: '^src/', pathNot: '^src/(config\\.ts$|web/)' } }),
    forbid('features-below-composition',
      'A feature never imports the server, the schema, the seeds or the database set-up that compose it.',
      { from: { path: '^src/modules/' }, to: { path: COMPOSITION } }),
    forbid('no-feature-cycles',
      'Feature folders form no cycle, however long (a cycle that is genuinely one feature is one folder).',
      { scope: 'folder', from: { path: '^src/modules/([^/]+)' }, to: { path: '^src/modules/', pathNot: '^src/modules/$1(/|$)', circular: true } }),
    forbid('no-cycles-outside-a-folder',
      'Files import each other in a circle only inside one folder (entities that reference each other, a resolver and its service).',
      { from: { path: '^(src/.+)/[^/]+$' }, to: { circular: true, via: { pathNot: '^$1/[^/]+$' } } }),
    forbid('src-not-to-test',
      'Production code never imports tests or their support files.',
      { from: { path: '^(src|console/src)/' }, to: { path: '^test/' } }),
    forbid('console-only-through-the-api',
      'The console is a client: it talks to the hub over GraphQL (its typed documents in console/src/gql), never by importing the server code. One exception: the Chinese labels (case-labels.ts imports nothing), so a status reads the same on screen, in documents and in exports.',
      { from: { path: '^console/' }, to: { path: '^src/', pathNot: '^src/modules/cases/case-labels\\.ts$' } }),
    forbid('no-unresolvable',
      'A relative import that resolves to nothing would hide an arrow from these rules.',
      { from: {}, to: { couldNotResolve: true, path: '^\\.' } }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are arrows too: a type pulled from a feature ties shared/ to that feature.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    exclude: { path: '(^|/)(node_modules|dist)/' },
  },
};
