import { describe, expect, it } from 'vitest';
import { QUALIFIERS, type Qualifier } from '../../../src/contract/enums';
import ar from '../i18n/ar';
import es from '../i18n/es';
import { en } from '../i18n/strings';
import { asWrittenLine, type Figure, phraseFigure } from './figures';

const fig = (qualifier: Qualifier, low: number, high: number | null = null, asWritten = ''): Figure => ({
  qualifier,
  low,
  high,
  asWritten,
});
const one = (qualifier: Qualifier) => fig(qualifier, 60, qualifier === 'between' || qualifier === 'up_to' ? 80 : null);

describe('phraseFigure', () => {
  it('phrases every qualifier in English', () => {
    expect(QUALIFIERS.map((q) => phraseFigure(one(q), en, 'en'))).toEqual([
      '60',
      'at least 60',
      'more than 60',
      'about 60',
      'up to 80',
      '60–80',
    ]);
  });

  it('phrases every qualifier in Spanish', () => {
    expect(QUALIFIERS.map((q) => phraseFigure(one(q), es, 'es'))).toEqual([
      '60',
      'al menos 60',
      'más de 60',
      'alrededor de 60',
      'hasta 80',
      new Intl.NumberFormat('es').formatRange(60, 80),
    ]);
  });

  it('phrases every qualifier in Arabic', () => {
    expect(QUALIFIERS.map((q) => phraseFigure(one(q), ar, 'ar-u-nu-latn'))).toEqual([
      '60',
      'ما لا يقل عن 60',
      'أكثر من 60',
      'نحو 60',
      'ما يصل إلى 80',
      new Intl.NumberFormat('ar-u-nu-latn').formatRange(60, 80),
    ]);
  });

  it('writes numbers in the full locale: its grouping and its digits', () => {
    expect(phraseFigure(fig('more_than', 12500), en, 'en')).toBe('more than 12,500');
    expect(phraseFigure(fig('more_than', 12500), es, 'es')).toBe('más de 12.500');
    // Spanish groups four-digit numbers only in some regions.
    expect(phraseFigure(fig('exact', 1200), es, 'es')).toBe('1200');
    expect(phraseFigure(fig('exact', 1200), es, 'es-MX')).toBe('1,200');
    expect(phraseFigure(fig('more_than', 60), ar, 'ar-u-nu-latn')).toBe('أكثر من 60');
    expect(phraseFigure(fig('more_than', 60), ar, 'ar-EG')).toBe('أكثر من ٦٠');
    expect(phraseFigure(fig('more_than', 60), ar, 'ar-u-nu-arab')).toBe('أكثر من ٦٠');
    expect(phraseFigure(fig('between', 1200, 1500), ar, 'ar-EG')).toBe(
      new Intl.NumberFormat('ar-EG').formatRange(1200, 1500),
    );
    expect(phraseFigure(fig('between', 1200, 1500), ar, 'ar-EG')).toMatch(/^[١٢٠٥٬\s\u061c\u200f–-]+$/);
  });

  it('writes a range whose ends are equal as one number, never "~80"', () => {
    expect(phraseFigure(fig('between', 80, 80), en, 'en')).toBe('80');
    expect(phraseFigure(fig('up_to', 0, 150), en, 'en')).toBe('up to 150');
  });
});

describe('asWrittenLine', () => {
  it('is empty when the phrase says what the source wrote, whatever the case, spaces, digits or grouping', () => {
    expect(asWrittenLine(fig('more_than', 60, null, 'More than 60 '), 'more than 60', en)).toBe('');
    expect(asWrittenLine(fig('exact', 80, null, '80'), '٨٠', ar)).toBe('');
    expect(asWrittenLine(fig('exact', 1200, null, '1,200'), '1200', es)).toBe('');
    expect(asWrittenLine(fig('exact', 1200, null, '1.200'), '۱۲۰۰', ar)).toBe('');
  });

  it('quotes the source’s words when the phrase differs', () => {
    expect(asWrittenLine(fig('more_than', 60, null, '60+'), 'more than 60', en)).toBe('As written: “60+”');
    expect(asWrittenLine(fig('more_than', 60, null, 'more than 60'), 'más de 60', es)).toBe(
      'Tal como se publicó: «more than 60»',
    );
    // Inside Arabic, English words keep their own direction.
    expect(asWrittenLine(fig('more_than', 60, null, 'more than 60'), 'أكثر من 60', ar)).toBe(
      'كما ورد في المصدر: «\u2068more than 60\u2069»',
    );
  });
});

/** Every plural category of a language, with a number that takes it. */
const SAMPLES: Record<string, [Intl.LDMLPluralRule, number][]> = {
  en: [
    ['one', 1],
    ['other', 2],
  ],
  es: [
    ['one', 1],
    ['other', 80],
    ['many', 1_000_000],
  ],
  ar: [
    ['zero', 0],
    ['one', 1],
    ['two', 2],
    ['few', 5],
    ['many', 60],
    ['other', 100],
  ],
};

describe('plurals', () => {
  it('has a sample for every plural category Intl knows in each language', () => {
    for (const [lang, samples] of Object.entries(SAMPLES)) {
      const rules = new Intl.PluralRules(lang);
      expect(samples.map(([, n]) => rules.select(n))).toEqual(samples.map(([category]) => category));
      expect(new Set(rules.resolvedOptions().pluralCategories)).toEqual(new Set(samples.map(([c]) => c)));
    }
  });

  it('counts people in English', () => {
    expect(SAMPLES.en?.map(([, n]) => en.counted(String(n), 'killed', n))).toEqual(['1 killed', '2 killed']);
    expect(en.days(1, '1')).toBe('1 day in force');
    expect(en.days(2, '2')).toBe('2 days in force');
  });

  it('counts people in Spanish: singular, plural, and "de" before a million', () => {
    const n = new Intl.NumberFormat('es');
    expect(SAMPLES.es?.map(([, k]) => es.counted(n.format(k), 'killed', k))).toEqual([
      '1 muerto',
      '80 muertos',
      '1.000.000 de muertos',
    ]);
    expect(es.counted('más de 1', 'wounded', 1)).toBe('más de 1 herido');
    expect(es.counted('5', 'missing', 5)).toBe('5 desaparecidos');
    expect(es.days(1, '1')).toBe('1 día en vigor');
  });

  it('counts people in Arabic in each of its six forms', () => {
    expect(SAMPLES.ar?.map(([, k]) => ar.counted(String(k), 'killed', k))).toEqual([
      '0 قتيل',
      '1 قتيل',
      '2 قتيلين',
      '5 قتلى',
      '60 قتيلًا',
      '100 قتيل',
    ]);
    expect(ar.counted('150', 'wounded', 150)).toBe('150 جريحًا');
    expect(SAMPLES.ar?.map(([, k]) => ar.days(k, String(k)))).toEqual([
      '0 يوم من السريان',
      'يوم واحد من السريان',
      'يومان من السريان',
      '5 أيام من السريان',
      '60 يومًا من السريان',
      '100 يوم من السريان',
    ]);
  });

  it('names sources and their verb in the number they take', () => {
    expect(en.claimsSummary(1, '1', false, ['UN says 25'], 'killed')).toBe(
      'One source gives the number killed: UN says 25.',
    );
    expect(en.claimsSummary(2, '2', true, ['A says 1', 'B says 2'], 'killed')).toBe(
      'Two sources disagree on the number killed: A says 1; B says 2.',
    );
    expect(en.agree(12, '12', '80 killed')).toBe('12 sources agree: 80 killed.');
    expect(es.claimsSummary(1, '1', false, ['ONU dice 25'], 'muertos')).toBe(
      'Una fuente da el número de muertos: ONU dice 25.',
    );
    expect(es.agree(3, '3', '80 muertos')).toBe('Tres fuentes coinciden: 80 muertos.');
    expect(ar.claimsSummary(1, '1', false, ['الأمم المتحدة: 25'], 'القتلى')).toBe(
      'مصدر واحد يذكر عدد القتلى: الأمم المتحدة: 25.',
    );
    expect(ar.claimsSummary(2, '2', true, ['أ: 1', 'ب: 2'], 'القتلى')).toBe(
      'مصدران يختلفان في عدد القتلى: أ: 1؛ ب: 2.',
    );
    expect(ar.agree(5, '5', '80 قتيلًا')).toBe('5 مصادر متفقة: 80 قتيلًا.');
    expect(ar.spread(12, '12', '1', '80 قتيلًا', '79')).toMatch(/^12 مصدرًا مختلفة:/);
    expect(ar.spread(100, '100', '1', '80 قتيلًا', '79')).toMatch(/^100 مصدر مختلفة:/);
  });
});
