/** The integrations module's public surface: for now the simulated VNeID identity provider (OpenID Connect) started by `npm start` and the tests. */
export * from './vneid/index.ts';
