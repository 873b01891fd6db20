/** What the Node API throws and the command prints when the optional peer is not installed. */
export const MISSING_SSR =
  'rendering on a server needs the optional peer dependency @lit-labs/ssr: npm install @lit-labs/ssr';

/** Node's own error for an import of @lit-labs/ssr (or one of its files) that is not installed. */
export const isMissingSsr = (error: unknown) =>
  (error as { code?: string })?.code === 'ERR_MODULE_NOT_FOUND' && /['"]@lit-labs\/ssr['"/]/.test(String((error as Error).message));
