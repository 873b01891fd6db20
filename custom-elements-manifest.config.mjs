// Options for `cem analyze`: the manifest describes the public surface only, so editors and
// the Storybook docs do not list the elements' private and protected internals.
export default {
  globs: ['src/elements/kz-*.ts', 'src/elements/chart-element.ts'],
  litelement: true,
  plugins: [
    {
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
            }
          }
        }
      },
    },
  ],
};
