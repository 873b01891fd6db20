import type { Lang } from '../../../data/types.js';
import { inPeriod } from '../../kk-period.js';
import { ablative } from '../../kk-case.js';
import { capitalise } from '../../sentence.js';
import { credits } from '../../credits.js';

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  /** `from` and `to` are sizes of fall without sign or %. */
  titleEased: (from: string, to: string, year: string) => `Vehicle production’s fall eased from ${from}% to ${to}% as ${year} went on`,
  titleDeepened: (from: string, to: string, _year: string) => `Vehicle production’s fall deepened from ${from}% to ${to}%`,
  titleChange: (signedPct: string) => `Vehicle production changed by ${signedPct} compared with a year earlier`,
  subtitle: 'Change in vehicles produced since the start of the year, compared with the same months a year earlier,\u00a0%',
  /** `months` and `year` of the plant's own period, so each language orders them its own way. */
  subtitleWithPlant: (plant: string, p: { months: string; year: string }) =>
    `Change in vehicles produced compared with the same months a year earlier,\u00a0%: all producers since the start of the year; ${plant} alone, ${p.months ? `${p.months} ${p.year}` : p.year}`,
  sector: 'All producers',
  sectorPanel: 'All producers, since the start of the year',
  plantPanel: (plant: string) => `${plant}, one plant`,
  plantHeadline: (name: string, vehicles: string, period: string, signedPct: string) =>
    vehicles ? `${name}: ${vehicles} in ${period}, ${signedPct} on a year earlier` : `${name}: ${signedPct} in ${period} on a year earlier`,
  summary: (parts: string) => `Bar chart of the change in vehicle production compared with a year earlier. ${parts}.`,
  summaryPart: (period: string, signedPct: string) => `${period}: ${signedPct}`,
  tableCaption: 'Change in vehicle production compared with a year earlier, %',
  tablePeriod: 'Months',
  tableWho: 'Producer',
  tableChange: 'Change, %',
  source: credits.paper.en,
};

export type RecoveryMessages = typeof en;

const ru: RecoveryMessages = {
  titleEased: (from, to, year) => `Спад производства автомобилей в ${year} году замедлился с ${from} до ${to}\u00a0%`,
  titleDeepened: (from, to) => `Спад производства автомобилей углубился с ${from} до ${to}\u00a0%`,
  // «Изменилось на +21 %» is a sign and a verb saying the same thing twice: the verb carries the sign.
  titleChange: (signedPct) =>
    /^[−-]/.test(signedPct)
      ? `Выпуск автомобилей сократился на ${signedPct.slice(1)} к прошлому году`
      : /^\+/.test(signedPct)
        ? `Выпуск автомобилей вырос на ${signedPct.slice(1)} к прошлому году`
        : `Выпуск автомобилей не изменился к прошлому году`,
  subtitle: 'Изменение выпуска техники с начала года к тем же месяцам прошлого года,\u00a0%',
  subtitleWithPlant: (plant, p) =>
    `Изменение выпуска к тем же месяцам прошлого года,\u00a0%: все производители — с начала года, ${plant} — один завод, ${p.months ? `${p.months} ${p.year}\u00a0года` : `${p.year}\u00a0год`}`,
  sector: 'Все производители',
  sectorPanel: 'Все производители, с\u00a0начала года',
  plantPanel: (plant) => `${plant}, один завод`,
  plantHeadline: (name, vehicles, period, signedPct) =>
    vehicles ? `${name}: ${vehicles} за ${period}, ${signedPct} к прошлому году` : `${name}: ${signedPct} за ${period} к прошлому году`,
  summary: (parts) => `Линейчатая диаграмма изменения выпуска техники к прошлому году. ${parts}.`,
  summaryPart: (period, signedPct) => `${period}: ${signedPct}`,
  tableCaption: 'Изменение выпуска техники к прошлому году, %',
  tablePeriod: 'Месяцы',
  tableWho: 'Производитель',
  tableChange: 'Изменение, %',
  source: credits.paper.ru,
};

const kk: RecoveryMessages = {
  titleEased: (from, to, year) => `${year}\u00a0жылы өндіріс құлдырауы ${ablative(from)} ${to}\u00a0пайызға дейін бәсеңдеді`,
  titleDeepened: (from, to) => `Автокөлік өндірісінің құлдырауы ${ablative(from)} ${to}\u00a0пайызға дейін тереңдеді`,
  titleChange: (signedPct) => `Автокөлік өндірісінің бір жыл бұрынғыға қарағанда өзгерісі: ${signedPct}`,
  subtitle: 'Жыл басынан бергі өндірістің өткен жылдың сол айларына қарағанда өзгерісі,\u00a0%',
  subtitleWithPlant: (plant, p) =>
    `Өндірістің өткен жылдың сол айларына қарағанда өзгерісі,\u00a0%: барлық өндірушілер — жыл басынан бері, ${plant} — бір зауыт, ${p.months ? `${p.year}\u00a0жылғы ${p.months}` : `${p.year}\u00a0жыл`}`,
  sector: 'Барлық өндірушілер',
  sectorPanel: 'Барлық өндірушілер, жыл басынан бері',
  plantPanel: (plant) => `${plant}, бір зауыт`,
  plantHeadline: (name, vehicles, period, signedPct) =>
    vehicles
      ? `${name}: ${inPeriod(period)} ${vehicles}, бір жыл бұрынғыға қарағанда ${signedPct}`
      : `${name}: ${inPeriod(period)} бір жыл бұрынғыға қарағанда ${signedPct}`,
  summary: (parts) => `Жолақты диаграмма: өндірістің бір жыл бұрынғыға қарағанда өзгерісі. ${capitalise(parts)}.`,
  summaryPart: (period, signedPct) => `${period}: ${signedPct}`,
  tableCaption: 'Өндірістің бір жыл бұрынғыға қарағанда өзгерісі, %',
  tablePeriod: 'Айлар',
  tableWho: 'Өндіруші',
  tableChange: 'Өзгеріс, %',
  source: credits.paper.kk,
};

export const recoveryMessages: Record<Lang, RecoveryMessages> = { kk, ru, en };
