/** The package version, for embed codes; kept in step with package.json by a test. */
export const VERSION = '0.1.0';

/**
 * The package on the public CDN, pinned to this major version: embedded charts and schema
 * references get fixes, never a breaking change.
 */
export const CDN_BASE = `https://unpkg.com/kz-auto-charts@${VERSION.split('.')[0]}`;
