import type { Metric } from '../contract/enums';
import type { Strings } from './strings';

/**
 * Arabic has six plural forms (`Intl.PluralRules`): zero, one, two, few
 * (3–10), many (11–99) and other (100, 1,000…), and the noun after a number
 * takes a different form in each.
 */
const plural = new Intl.PluralRules('ar');
const form = (n: number) => plural.select(n);
const sources = (n: number, d: string) =>
  ({ zero: 'لا مصادر', one: 'مصدر واحد', two: 'مصدران', few: `${d} مصادر`, many: `${d} مصدرًا` })[form(n) as 'zero'] ??
  `${d} مصدر`;
/** Each metric's noun after a number: singular (zero, one, other), dual, plural (few), accusative singular (many). */
const NOUNS: Record<Metric, [string, string, string, string]> = {
  killed: ['قتيل', 'قتيلين', 'قتلى', 'قتيلًا'],
  wounded: ['جريح', 'جريحين', 'جرحى', 'جريحًا'],
  missing: ['مفقود', 'مفقودين', 'مفقودين', 'مفقودًا'],
};
const NOUN_FORM: Partial<Record<Intl.LDMLPluralRule, number>> = { two: 1, few: 2, many: 3 };

const ar: Strings = {
  dir: 'rtl',
  claimsEyebrow: 'أعداد الضحايا',
  gaugeEyebrow: 'متابعة وقف إطلاق النار',
  loading: 'جارٍ التحميل…',
  loadFailed: 'تعذّر تحميل هذه الأرقام الآن.',
  openData: 'افتح البيانات في مصدرها',
  notFound: (kind, slug) =>
    slug
      ? `لم يُعثر على ${kind === 'incident' ? 'الحدث' : 'وقف إطلاق النار'} «${slug}».`
      : `لم يُحدَّد ${kind === 'incident' ? 'أي حدث' : 'أي وقف لإطلاق النار'}.`,
  unverified: 'الأرقام كما وردت، ولم يجرِ التحقق منها بشكل مستقل.',
  metric: { killed: 'القتلى', wounded: 'الجرحى', missing: 'المفقودون' },
  kind: {
    government: 'جهة حكومية',
    military: 'جهة عسكرية',
    ngo: 'منظمة رصد',
    un: 'الأمم المتحدة',
    media: 'وسيلة إعلام',
    armed_group: 'جماعة مسلحة',
    other: 'أخرى',
  },
  claimedOn: (date) => `بتاريخ ${date}`,
  source: 'المصدر',
  reportedIn: (headline) => `ورد في «${headline}»`,
  earlier: (d) => `أرقام سابقة (${d})`,
  revised: 'عُدّل',
  retracted: 'سُحب',
  noFigures: 'لم تُنشر أي أرقام بعد.',
  noCurrent: 'لا رقم قائمًا الآن: الأرقام المنشورة سُحبت أو عُدّلت.',
  figure: { at_least: 'ما لا يقل عن #', more_than: 'أكثر من #', about: 'نحو #', up_to: 'ما يصل إلى #' },
  counted: (figure, metric, n) => `${figure} ${NOUNS[metric][NOUN_FORM[form(n)] ?? 0]}`,
  asWritten: (text) => `كما ورد في المصدر: «${text}»`,
  spread: (n, d, low, high, gap) =>
    `${sources(n, d)} ${form(n) === 'two' ? 'مختلفان' : 'مختلفة'}: تتراوح الأرقام بين ${low} و${high}، بفارق ${gap}.`,
  agree: (n, d, counted) => `${sources(n, d)} ${form(n) === 'two' ? 'متفقان' : 'متفقة'}: ${counted}.`,
  sameNumber: (n, d, counted) =>
    `${sources(n, d)} ${form(n) === 'two' ? 'يذكران' : 'تذكر'} الرقم نفسه بصيغ مختلفة: ${counted}.`,
  // Two figures take the dual ("رقمين"), more the plural.
  single: (counted, who, figures) =>
    `مصدر واحد فقط قدّم ${({ one: 'رقمًا', two: 'رقمين' } as Record<string, string>)[form(figures)] ?? 'أرقامًا'}: ${counted}، بحسب ${who}.`,
  differentPeople: (subjects, some) =>
    `هذه الأرقام تعدّ فئات مختلفة (${subjects})، ${some ? 'ولا يُقارن منها إلا ما يعدّ الفئة نفسها' : 'فلا تُقارن ببعضها'}.`,
  claimsSummary: (n, d, disagree, parts, metric) =>
    `${sources(n, d)} ${
      { one: 'يذكر', two: disagree === null ? 'يذكران' : disagree ? 'يختلفان في' : 'يتفقان على' }[form(n) as 'one'] ??
      (disagree === null ? 'تذكر' : disagree ? 'تختلف في' : 'تتفق على')
    } عدد ${metric === ar.metric.missing ? 'المفقودين' : metric}: ${parts.join('؛ ')}.`,
  says: (who, figure) => `${who}: ${figure}`,
  status: { holding: 'صامد', strained: 'متوتر', precarious: 'هشّ', collapsed: 'منهار', ended: 'انتهى' },
  brokeredBy: (names) => `بوساطة ${names}`,
  inForceFrom: (date) => `سارٍ منذ ${date}`,
  notCovered: (groups) => `لا يشمل ${groups}.`,
  meterLabel: 'حالة وقف إطلاق النار',
  meterValue: (label, level, of) => `${label}: المستوى ${level} من ${of}، من الصمود إلى الانهيار`,
  scaleStart: 'صامد',
  scaleEnd: 'منهار',
  days: (n, d) =>
    `${({ one: 'يوم واحد', two: 'يومان', few: `${d} أيام`, many: `${d} يومًا` })[form(n) as 'one'] ?? `${d} يوم`} من السريان`,
  dataAsOf: (date) => `حتى ${date}`,
  violations: 'الانتهاكات المُبلّغ عنها',
  unnamed: 'مصدر غير مُسمّى',
  reportedOn: (date) => `أُبلغ عنها في ${date}`,
  nextMilestone: 'الاستحقاق التالي',
  due: (date) => `موعده ${date}`,
  noDate: 'بلا موعد محدد',
  milestone: { pending: 'قيد الانتظار', met: 'تحقق', missed: 'فات موعده', in_doubt: 'موضع شك' },
  gaugeSummary: (_key, label, days, date) => `وقف إطلاق النار ${label} بعد ${days}، حتى ${date}.`,
  newer: (date) => `معروضة كما كانت في ${date}. توجد أرقام أحدث.`,
  updatedSince: 'تم التحديث منذ ذلك الحين:',
  seeLatest: 'اطّلع على أحدث نسخة',
  changesOf: (title) => `التغييرات: ${title}`,
  noChanges: 'لم يتغيّر شيء منذ النشر الأول.',
  correction: 'تصحيح:',
  latestVersion: 'اطّلع عليها كما هي الآن',
  feeds: 'تابع هذه التغييرات:',
  showAll: 'عرض الكل',
  updatedShow: 'تحديث جديد: اعرضه',
  updatedMark: (time) => `حُدّث الساعة ${time}`,
  updatedAnnouncement: (what) => `تحديث: ${what}.`,
  updatedDetails: 'تغيّرت تفاصيل في هذه القصة',
  updateWaiting: (control) => `حُدّثت هذه القصة. يعرضها زر «${control}» أعلى هذه البطاقة.`,
  changed: (n, d) =>
    ({ one: 'عُدِّل مرة واحدة', two: 'عُدِّل مرتين', few: `عُدِّل ${d} مرات` })[form(n) as 'one' | 'two' | 'few'] ??
    `عُدِّل ${d} مرة`,
  published: (date) => `كما نُشر في ${date}.`,
};

export default ar;
