/**
 * Module boundaries, enforced in CI (`npm run deps`). No exceptions are listed:
 * a rule that needs one is a design to change, not a line to add here.
 *
 * - another module is reached through its index.ts only (its public surface);
 * - platform/ is domain-free: it imports no module, no web page, not the app;
 * - modules never import the web layer or the composition root;
 * - no import cycles anywhere (type-only imports included: a type cycle is still a tangle).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-deep-import-into-module',
      comment: "Another module's files are private: import its index.ts.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/.+', pathNot: ['^src/modules/[^/]+/(index|table-refs)\\.ts$', '^src/modules/$1/'] },
    },
    {
      name: 'index-is-a-surface',
      comment: 'index.ts exports commands, queries, view types and events: never a repo, a table or route registration.',
      severity: 'error',
      from: { path: '^src/modules/[^/]+/index\\.ts$' },
      to: { path: '(\\.repo|\\.tables|/routes|/http)\\.ts$' },
    },
    {
      name: 'table-refs-are-small',
      comment: "table-refs.ts lends another module's foreign keys a column of this module's tables, and nothing else.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/table-refs\\.ts$' },
      to: { path: '^src/', pathNot: '^src/modules/$1/[^/]+\\.tables\\.ts$' },
    },
    {
      name: 'outside-modules-use-index-only',
      comment: "The web layer, the CLI and the composition root see a module through its index.ts (routes through its routes.ts).",
      severity: 'error',
      from: { path: '^src/(web|cli|demo|app\\.ts|main\\.ts)' },
      to: { path: '^src/modules/[^/]+/.+', pathNot: '^src/modules/[^/]+/(index|routes)\\.ts$' },
    },
    {
      name: 'routes-are-for-the-composition-root',
      comment: "A module's routes.ts is registered by app.ts; nothing else imports it.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/app\\.ts$' },
      to: { path: '^src/modules/[^/]+/routes\\.ts$' },
    },
    {
      name: 'platform-is-domain-free',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: '^src/(modules|web|cli|demo|app\\.ts|main\\.ts|config\\.ts)' },
    },
    {
      name: 'modules-do-not-know-the-web',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/(web|cli|app\\.ts|main\\.ts)' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|test-fixtures)/|\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
