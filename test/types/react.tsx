// React 19 TSX with "kz-auto-charts/react" in compilerOptions.types and no declaration of our own.
import 'kz-auto-charts';
import { useRef } from 'react';
import type { ExportEventDetail, KzAutoYoy, PlantsMapRow, RecoveryRow, DealerSalesRow } from 'kz-auto-charts';

const places: PlantsMapRow[] = [{ name: 'Asia Auto', city: 'Ust-Kamenogorsk', latitude: 49.95, longitude: 82.6 }];
const recovery: RecoveryRow[] = [{ kind: 'sector', period_from: '2016-01', period_to: '2016-06', change_percent: -40 }];
const dealers: DealerSalesRow[] = [
  { series: 'dealer-sales', period_from: '2016-01', period_to: '2016-11', value: 38800, previous_period_from: '2015-01', previous_period_to: '2015-11', previous_value: 61000 },
];

export function Everything({ onExport }: { onExport: (detail: ExportEventDetail) => void }) {
  const ref = useRef<KzAutoYoy>(null);
  return (
    <article className="story">
      <kz-auto-yoy ref={ref} lang="ru" mode="change" segments="trucks,buses" theme="auto" no-menu src-timeout={5000} onkz-export={(e) => onExport(e.detail)} />
      <kz-auto-yoy src-timeout="8000" mode="units" title="Своё название" subtitle="s" source="Комитет" note="n" src="/data/yoy.csv" />
      <kz-plant-share lang="kk" theme="dark" style={{ maxWidth: 600 }} />
      <kz-dealer-sales lang="en" data={dealers} />
      <kz-output-value annotations="average-growth,car-market" />
      <kz-recovery data={recovery} />
      <kz-plants-map data={places} className="map" />
      <kz-brands data={{ version: 1, rows: [{ brand: 'Chery', country: 'China' }] }} />
      <kz-fact fact="dealer-sales-2016" compare="dealer-sales-2015" />
      {/* @ts-expect-error the mode is units or change */}
      <kz-auto-yoy mode="bogus" />
      {/* @ts-expect-error the theme is light, dark or auto */}
      <kz-fact theme="sepia" />
      {/* @ts-expect-error data takes this widget's rows: recovery rows are not map rows */}
      <kz-plants-map data={recovery} />
      {/* @ts-expect-error a share row has share_percent, not share */}
      <kz-plant-share data={[{ period_from: '2016-03', share: 24 }]} />
      {/* @ts-expect-error no such attribute */}
      <kz-brands colour="red" />
      {/* @ts-expect-error the event handler gets the kz-export event */}
      <kz-recovery onkz-export={(e: KeyboardEvent) => e.key} />
      {/* @ts-expect-error a timeout is a number */}
      <kz-fact src-timeout="soon" />
      {/* @ts-expect-error no such element */}
      <kz-unknown />
    </article>
  );
}
