import { useState } from 'react';
import 'kz-auto-charts/kz-auto-yoy.js';
import 'kz-auto-charts/kz-fact.js';
import type { YoyRow } from 'kz-auto-charts/kz-auto-yoy.js';

// 2017 figures of one's own, in the widget's schema: React 19 hands objects to a custom
// element as a property, so `data` arrives as rows, not as "[object Object]".
const rows: YoyRow[] = [
  {
    segment: 'passenger-cars',
    period_from: '2017-01',
    period_to: '2017-11',
    value: 12000,
    previous_period_from: '2016-01',
    previous_period_to: '2016-11',
    previous_value: 8157,
  },
  {
    segment: 'trucks',
    period_from: '2017-01',
    period_to: '2017-11',
    value: 1200,
    previous_period_from: '2016-01',
    previous_period_to: '2016-11',
    previous_value: 1000,
  },
];

export function App() {
  const [lang, setLang] = useState<'ru' | 'en'>('ru');
  const [saved, setSaved] = useState('');
  return (
    <main>
      <button type="button" onClick={() => setLang(lang === 'ru' ? 'en' : 'ru')}>
        {lang}
      </button>
      <kz-auto-yoy lang={lang} mode="change" data={rows} source="Own figures" />
      <kz-fact
        lang="en"
        fact="dealer-sales-2016"
        compare="dealer-sales-2015"
        onkz-export={(e) => {
          // The app keeps the file instead of the browser's download.
          e.preventDefault();
          setSaved(e.detail.fileName);
        }}
      />
      <output id="saved">{saved}</output>
    </main>
  );
}
