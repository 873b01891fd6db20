// The other way to opt in: one type import instead of the tsconfig "types" entry (this project's
// tsconfig for this file names no types).
import type {} from 'kz-auto-charts/react';
import 'kz-auto-charts/kz-auto-yoy.js';

export const chart = <kz-auto-yoy lang="ru" mode="change" />;
// @ts-expect-error the mode is units or change
export const wrong = <kz-auto-yoy mode="bogus" />;
