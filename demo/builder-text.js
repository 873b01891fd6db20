// What the builder writes from script, in the language of its page (builder.html,
// builder-ru.html, builder-kk.html). The static labels are in each page itself. Widget
// summaries and attribute hints come from custom-elements.json in English; those known here
// are given in Russian and Kazakh, any other falls back to the English of the manifest.
const NBSP = '\u00a0';

const TEXT = {
  en: {
    byDefault: '(default)',
    copied: 'Copied.',
    copyBlocked: 'Copying is blocked here: the code is selected, press Ctrl+C (⌘C).',
    cannotStart: (why) => `The builder could not start: ${why}. Run "npm start" from the project folder.`,
    width: (px) => `${px}${NBSP}px`,
    preview: (px) => `Preview: ${px}${NBSP}px`,
    previewNarrowed: (px) => `Preview: ${px}${NBSP}px, your screen’s width`,
    summaries: {},
    attributes: {},
  },
  ru: {
    byDefault: '(по умолчанию)',
    copied: 'Скопировано.',
    copyBlocked: 'Копировать здесь нельзя: код выделен, нажмите Ctrl+C (⌘C).',
    cannotStart: (why) => `Конструктор не запустился: ${why}. Запустите «npm start» из папки проекта.`,
    width: (px) => `${px}${NBSP}px`,
    preview: (px) => `Предпросмотр: ${px}${NBSP}px`,
    previewNarrowed: (px) => `Предпросмотр: ${px}${NBSP}px, по ширине экрана`,
    summaries: {
      'kz-auto-yoy': 'Выпуск по видам техники в 2016 и 2015 годах.',
      'kz-brands': 'Марки, которые собирают в Казахстане, по странам.',
      'kz-dealer-sales': 'Продажи дилеров и выпуск в 2016 и 2015 годах.',
      'kz-fact': 'Одна цифра крупно, на карточке.',
      'kz-output-value': 'Выпуск в деньгах, 2010–2015 годы.',
      'kz-plant-share': 'Доля машин казахстанской сборки в официальных продажах.',
      'kz-plants-map': 'Где в Казахстане собирают машины.',
      'kz-recovery': 'Как замедлялся спад в 2016 году.',
    },
    attributes: {
      mode: '`units` (по умолчанию): столбцы с числом машин по годам; `change`: изменение в процентах. Другое значение виджет покажет как ошибку.',
      segments: 'Виды техники через запятую: `passenger-cars`, `trucks`, `buses`. По умолчанию — все.',
      fact: 'Код цифры, например `dealer-sales-2016` (список — в README и в `kz-auto-charts/data`). Обязателен.',
      compare: 'Код второй цифры в тех же единицах, например `dealer-sales-2015`: карточка покажет изменение.',
      annotations:
        'Пояснения под графиком через запятую: `average-growth`, `car-market`, `manufacturing-share`, `dollar-slip` или `none`. По умолчанию: `average-growth,car-market`.',
    },
  },
  kk: {
    byDefault: '(әдепкі)',
    copied: 'Көшірілді.',
    copyBlocked: 'Мұнда көшіру мүмкін емес: код белгіленді, Ctrl+C (⌘C) басыңыз.',
    cannotStart: (why) => `Құрастырғыш іске қосылмады: ${why}. Жоба қалтасынан «npm start» іске қосыңыз.`,
    width: (px) => `${px}${NBSP}px`,
    preview: (px) => `Алдын ала қарау: ${px}${NBSP}px`,
    previewNarrowed: (px) => `Алдын ала қарау: ${px}${NBSP}px, экран ені`,
    summaries: {
      'kz-auto-yoy': 'Көлік түрлері бойынша өндіріс, 2016 және 2015 жылдар.',
      'kz-brands': 'Қазақстанда құрастырылатын маркалар, елдер бойынша.',
      'kz-dealer-sales': 'Дилерлер сатылымы мен өндіріс, 2016 және 2015 жылдар.',
      'kz-fact': 'Бір көрсеткіш, үлкен санмен.',
      'kz-output-value': 'Өндірістің ақшалай көлемі, 2010–2015 жылдар.',
      'kz-plant-share': 'Ресми саудадағы қазақстандық автокөліктер үлесі.',
      'kz-plants-map': 'Қазақстанда автокөлік қайда құрастырылады.',
      'kz-recovery': '2016 жылы құлдырау қалай бәсеңдеді.',
    },
    attributes: {
      mode: '`units` (әдепкі): жылдар бойынша көлік саны; `change`: пайыздық өзгеріс. Басқа мәнді виджет қате деп көрсетеді.',
      segments: 'Көлік түрлері, үтір арқылы: `passenger-cars`, `trucks`, `buses`. Әдепкі бойынша — бәрі.',
      fact: 'Көрсеткіш коды, мысалы `dealer-sales-2016` (тізімі README-де және `kz-auto-charts/data` ішінде). Міндетті.',
      compare: 'Өлшем бірлігі бірдей екінші көрсеткіш коды, мысалы `dealer-sales-2015`: карточка өзгерісті көрсетеді.',
      annotations:
        'График астындағы түсініктемелер, үтір арқылы: `average-growth`, `car-market`, `manufacturing-share`, `dollar-slip` немесе `none`. Әдепкі: `average-growth,car-market`.',
    },
  },
};

/** The page's language, one of those above; English for any other. */
export const uiLang = Object.hasOwn(TEXT, document.documentElement.lang) ? document.documentElement.lang : 'en';

export const t = TEXT[uiLang];

/**
 * A manifest text in the page's language when known here, else the manifest's English:
 * `{ text, lang }`, so the caller can mark an English fallback for screen readers.
 */
export function localised(kind, key, english) {
  const own = t[kind][key];
  return own ? { text: own, lang: uiLang } : { text: english, lang: 'en' };
}

/**
 * The manifest writes code in Markdown backticks; a reader should see code, not backticks.
 * Built from text nodes and <code> elements, never from HTML, so nothing in the text runs.
 */
export function withCode(text) {
  const fragment = document.createDocumentFragment();
  const parts = text.split('`');
  // An odd backtick out opens no code: it stays as written.
  const unmatched = parts.length % 2 === 0 ? parts.length - 1 : -1;
  parts.forEach((part, i) => {
    if (i === unmatched) fragment.append(`\`${part}`);
    else if (!part) return;
    else if (i % 2 === 1) {
      const code = document.createElement('code');
      code.textContent = part;
      fragment.append(code);
    } else fragment.append(part);
  });
  return fragment;
}
