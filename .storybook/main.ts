import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs pages from the stories and from custom-elements.json (attributes, parts, properties, events).
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // The example data files the `src` stories load.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
};

export default config;
