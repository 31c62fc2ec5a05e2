/**
 * The hub's layers, checked by `npm run lint:layers` (part of `npm test`). Arrows point down only:
 *
 *   composition  src/main.ts, hub.ts, server.ts, schema*.ts, lean-execution.ts, banner.ts, db/, seed/ …
 *   features     src/modules/<feature>/   (no two feature folders import each other, even through others)
 *   ground       src/shared/              (request plumbing, the event log, exports, scalars, Role …)
 *   base         src/config.ts, src/web/, libraries
 *
 * docs/development.md ("Layers") explains the picture and how the cycles that existed were broken.
 */

/** Files of src/ that compose the features into a running hub: nothing below may import them. */
const COMPOSITION = '^src/(main|hub|server|schema|schema-emit|schema-passes|graphql-door|graphql-pipeline|cluster|maintenance|banner|console-static|dual-dispatch-resolvers)\\.ts$|^src/(db|seed)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-ground',
      comment: 'src/shared/ is the ground floor: it may use src/config.ts, src/web/ and libraries, never a feature or the composition.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/(shared/|config\\.ts$|web/)' },
    },
    {
      name: 'base-is-base',
      comment: 'src/config.ts and src/web/ sit below everything of the hub: they import only each other and libraries.',
      severity: 'error',
      from: { path: '^src/(config\\.ts$|web/)' },
      to: { path: '^src/', pathNot: '^src/(config\\.ts$|web/)' },
    },
    {
      name: 'features-below-composition',
      comment: 'A feature never imports the server, the schema, the seeds or the database set-up that compose it.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: COMPOSITION },
    },
    {
      name: 'no-feature-cycles',
      comment: 'Feature folders form no cycle, however long (a cycle that is genuinely one feature is one folder).',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/modules/([^/]+)' },
      to: { path: '^src/modules/', pathNot: '^src/modules/$1(/|$)', circular: true },
    },
    {
      name: 'no-cycles-outside-a-folder',
      comment: 'Files import each other in a circle only inside one folder (entities that reference each other, a resolver and its service).',
      severity: 'error',
      from: { path: '^(src/.+)/[^/]+$' },
      to: { circular: true, via: { pathNot: '^$1/[^/]+$' } },
    },
    {
      name: 'src-not-to-test',
      comment: 'Production code never imports tests or their support files.',
      severity: 'error',
      from: { path: '^(src|console/src)/' },
      to: { path: '^test/' },
    },
    {
      name: 'console-only-through-the-api',
      comment: 'The console is a client: it talks to the hub over GraphQL (its typed documents in console/src/gql), never by importing the server code. One exception: the Chinese labels (case-labels.ts imports nothing), so a status reads the same on screen, in documents and in exports.',
      severity: 'error',
      from: { path: '^console/' },
      to: { path: '^src/', pathNot: '^src/modules/cases/case-labels\\.ts$' },
    },
    {
      name: 'no-unresolvable',
      comment: 'A relative import that resolves to nothing would hide an arrow from these rules.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^\\.' },
    },
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
