/**
 * The change log in the readers' languages, for the readers' page of
 * changes (src/routes/embed/changes.page.ts): its sentences, its fields'
 * names and the words for a figure's kind and a status. The API's log, its
 * feeds and their summaries stay in English (`ENGLISH_CHANGES`, the
 * contract's). No widget imports it.
 */

import type { Qualifier } from '../contract/enums';
import { type ChangeWords, ENGLISH_CHANGES } from '../domain/changes';
import { isolate, type Lang } from '../format/intl';
import ar from './ar';
import es from './es';

const lower = <K extends string>(words: Record<K, string>, locale: string) =>
  Object.fromEntries(Object.entries(words).map(([k, v]) => [k, (v as string).toLocaleLowerCase(locale)])) as Record<
    K,
    string
  >;

const SPANISH_QUALIFIERS: Record<Qualifier, string> = {
  exact: 'exactamente',
  at_least: 'al menos',
  more_than: 'más de',
  about: 'alrededor de',
  up_to: 'hasta',
  between: 'entre',
};

const spanish: ChangeWords = {
  field: {
    figure: 'cifra',
    'figure as counted': 'cifra según el recuento',
    metric: 'categoría',
    subject: 'afectados',
    date: 'fecha',
    source: 'fuente',
    'source article': 'artículo de origen',
    quote: 'cita',
    status: 'estado',
    title: 'título',
    start: 'inicio',
    end: 'fin',
    place: 'lugar',
    latitude: 'latitud',
    longitude: 'longitud',
    description: 'descripción',
    'external ids': 'identificadores externos',
    language: 'idioma',
    name: 'nombre',
    brokers: 'mediadores',
    parties: 'partes',
    'not covered': 'no incluye a',
    started: 'comienzo',
    ended: 'final',
    note: 'nota',
    'data as of': 'datos a fecha de',
    count: 'recuento',
    'not counting': 'sin contar',
    label: 'hito',
    due: 'fecha prevista',
    state: 'estado',
  },
  metric: es.metric,
  counted: (qualifier, low, high) =>
    qualifier === 'between' && high !== null
      ? `entre ${low} y ${high}`
      : `${SPANISH_QUALIFIERS[qualifier]} ${low}${high === null ? '' : `–${high}`}`,
  claimStatus: { current: 'vigente', superseded: 'revisada', retracted: 'retirada' },
  ceasefireStatus: lower(es.status, 'es'),
  milestoneState: lower(es.milestone, 'es'),
  arrow: '→',
  data: (text) => text,
  summary: {
    'claim-added': (who, f) => `Nueva cifra: ${who}, ${f?.new}.`,
    'claim-revised': (who, f) => `Cifra revisada: ${who}, ${f?.old} → ${f?.new}.`,
    'claim-retracted': (who) => `Cifra retirada: ${who}.`,
    'claim-restored': (who, f) => `Cifra vigente de nuevo: ${who}${f?.new ? `, ${f.new}` : ''}.`,
    'claim-removed': (who, f) => `Cifra eliminada: ${who}, ${f?.old}.`,
    'claim-edited': (who, _f, list) => `Cifra corregida: ${who}: ${list}.`,
    'details-edited': (_who, _f, list) => `Corregido: ${list}.`,
    'correction-added': () => 'Corrección añadida.',
    'article-linked': (who) => `Ahora publicado en «${who}».`,
    'article-unlinked': (who) => `Ya no está vinculado a «${who}».`,
    'status-changed': (_who, f) => `Estado: ${f?.old} → ${f?.new}.`,
    'note-edited': () => 'Nota del estado editada.',
    'tally-added': (who, f) => `Nuevo recuento de violaciones${who ? ` según ${who}` : ''}: ${f?.new}.`,
    'tally-removed': (who) => `Recuento de violaciones retirado${who ? ` (${who})` : ''}.`,
    'milestone-added': (who) => `Nuevo hito: ${who}.`,
    'milestone-updated': (who, _f, list) => `Hito «${who}»: ${list}.`,
    'milestone-removed': (who) => `Hito retirado: ${who}.`,
  },
};

// Data inside an Arabic sentence is isolated (FSI … PDI), so a Latin name or a figure keeps its own direction and the
// punctuation around it stays put; old and new read right to left, so the arrow points left. A claim's subject comes
// with its claimant's name isolated already (`data`), the metric in Arabic after it.
const i = (text: string | null | undefined) => isolate(text ?? '', 'rtl');

const arabic: ChangeWords = {
  field: {
    figure: 'الرقم',
    'figure as counted': 'الرقم كما أُحصي',
    metric: 'الفئة',
    subject: 'الضحايا',
    date: 'التاريخ',
    source: 'المصدر',
    'source article': 'المقال المصدر',
    quote: 'الاقتباس',
    status: 'الحالة',
    title: 'العنوان',
    start: 'البداية',
    end: 'النهاية',
    place: 'المكان',
    latitude: 'خط العرض',
    longitude: 'خط الطول',
    description: 'الوصف',
    'external ids': 'المعرّفات الخارجية',
    language: 'اللغة',
    name: 'الاسم',
    brokers: 'الوسطاء',
    parties: 'الأطراف',
    'not covered': 'لا يشمل',
    started: 'البدء',
    ended: 'الانتهاء',
    note: 'ملاحظة',
    'data as of': 'البيانات حتى',
    count: 'العدد',
    'not counting': 'دون احتساب',
    label: 'المرحلة',
    due: 'الموعد',
    state: 'الحالة',
  },
  metric: ar.metric,
  // "80 على الأقل", "أكثر من 80", "بين 80 و90": each qualifier where Arabic puts it.
  counted: (qualifier, low, high) => {
    const n = high === null ? `${low}` : `${low}–${high}`;
    if (qualifier === 'between' && high !== null) return `بين ${low} و${high}`;
    if (qualifier === 'exact') return `${n} بالضبط`;
    if (qualifier === 'at_least') return `${n} على الأقل`;
    return `${{ more_than: 'أكثر من', about: 'نحو', up_to: 'حتى', between: 'بين' }[qualifier]} ${n}`;
  },
  claimStatus: { current: 'سارٍ', superseded: 'مُعدَّل', retracted: 'مسحوب' },
  ceasefireStatus: ar.status,
  milestoneState: ar.milestone,
  arrow: '←',
  data: i,
  summary: {
    'claim-added': (who, f) => `رقم جديد: ${who}، ${i(f?.new)}.`,
    'claim-revised': (who, f) => `رقم مُعدَّل: ${who}، ${i(f?.old)} ← ${i(f?.new)}.`,
    'claim-retracted': (who) => `رقم مسحوب: ${who}.`,
    'claim-restored': (who, f) => `رقم سارٍ من جديد: ${who}${f?.new ? `، ${i(f.new)}` : ''}.`,
    'claim-removed': (who, f) => `رقم محذوف: ${who}، ${i(f?.old)}.`,
    'claim-edited': (who, _f, list) => `تصحيح رقم: ${who}: ${list}.`,
    'details-edited': (_who, _f, list) => `تصحيح: ${list}.`,
    'correction-added': () => 'أُضيف تصحيح.',
    'article-linked': (who) => `نُشر الآن في ${i(who)}.`,
    'article-unlinked': (who) => `لم يعد مرتبطًا بـ${i(who)}.`,
    'status-changed': (_who, f) => `الحالة: ${i(f?.old)} ← ${i(f?.new)}.`,
    'note-edited': () => 'عُدّلت ملاحظة الحالة.',
    'tally-added': (who, f) => `عدد جديد للانتهاكات${who ? ` بحسب ${i(who)}` : ''}: ${i(f?.new)}.`,
    'tally-removed': (who) => `سُحب عدد الانتهاكات${who ? ` (${i(who)})` : ''}.`,
    'milestone-added': (who) => `مرحلة جديدة: ${i(who)}.`,
    'milestone-updated': (who, _f, list) => `المرحلة ${i(who)}: ${list}.`,
    'milestone-removed': (who) => `سُحبت المرحلة: ${i(who)}.`,
  },
};

export const CHANGE_WORDS: Record<Lang, ChangeWords> = { en: ENGLISH_CHANGES, es: spanish, ar: arabic };
