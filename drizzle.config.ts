// drizzle-kit turns the table definitions (src/**/*.tables.ts) into reviewable SQL migrations in db/migrations.
// Hand-written SQL (extensions, functions, triggers) goes in migrations made with `npm run db:custom -- --name=<name>`.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/**/*.tables.ts',
  out: './db/migrations',
  migrations: { prefix: 'index' },
});
