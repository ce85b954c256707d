import type { Strings } from './strings';

const plural = new Intl.PluralRules('ar');
const count = (n: number) => new Intl.NumberFormat('ar').format(n);
const sources = (n: number) =>
  ({ zero: 'لا مصادر', one: 'مصدر واحد', two: 'مصدران', few: `${count(n)} مصادر`, many: `${count(n)} مصدرًا` })[
    plural.select(n) as 'zero'
  ] ?? `${count(n)} مصدر`;

const ar: Strings = {
  dir: 'rtl',
  claimsEyebrow: 'أعداد الضحايا',
  gaugeEyebrow: 'متابعة وقف إطلاق النار',
  loading: 'جارٍ التحميل…',
  loadFailed: 'تعذّر تحميل هذه الأرقام الآن.',
  openData: 'افتح البيانات في مصدرها',
  notFound: (kind, slug) => `لم يُعثر على ${kind === 'incident' ? 'الحدث' : 'وقف إطلاق النار'} «${slug}».`,
  unverified: 'الأرقام كما وردت، ولم يجرِ التحقق منها بشكل مستقل.',
  metric: { killed: 'قتيلًا', wounded: 'جريحًا', missing: 'مفقودًا' },
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
  earlier: (n) => `أرقام سابقة (${count(n)})`,
  revised: 'عُدّل',
  retracted: 'سُحب',
  noFigures: 'لم تُنشر أي أرقام بعد.',
  spread: (n, low, high, gap, metric) =>
    `${sources(n)} ${n === 2 ? 'مختلفان' : 'مختلفة'}: تتراوح الأرقام بين ${low} و${high} ${metric}، بفارق ${gap}.`,
  agree: (n, figure, metric) => `${sources(n)} ${n === 2 ? 'متفقان' : 'متفقة'}: ${figure} ${metric}.`,
  single: (figure, metric, who) => `مصدر واحد فقط قدّم رقمًا: ${figure} ${metric}، بحسب ${who}.`,
  claimsSummary: (n, disagree, parts, metric) =>
    `${sources(n)} ${disagree ? 'تختلف' : 'تتفق'} في العدد (${metric}): ${parts.join('؛ ')}.`,
  says: (who, figure) => `${who}: ${figure}`,
  status: { holding: 'صامد', strained: 'متوتر', precarious: 'هشّ', collapsed: 'منهار', ended: 'انتهى' },
  brokeredBy: (names) => `بوساطة ${names}`,
  inForceFrom: (date) => `ساري منذ ${date}`,
  notCovered: (groups) => `لا يشمل ${groups}.`,
  meterLabel: 'حالة وقف إطلاق النار',
  meterValue: (label, level) => `${label}: المستوى ${count(level)} من ${count(4)}، من الصمود إلى الانهيار`,
  scaleStart: 'صامد',
  scaleEnd: 'منهار',
  days: (n, d) =>
    `${n === 1 ? 'يوم واحد' : n === 2 ? 'يومان' : `${d} ${n % 100 >= 3 && n % 100 <= 10 ? 'أيام' : 'يومًا'}`} من السريان`,
  dataAsOf: (date) => `حتى ${date}`,
  violations: 'الانتهاكات المُبلّغ عنها',
  unnamed: 'مصدر غير مُسمّى',
  reportedOn: (date) => `أُبلغ عنها في ${date}`,
  nextMilestone: 'الاستحقاق التالي',
  due: (date) => `موعده ${date}`,
  noDate: 'بلا موعد محدد',
  milestone: { pending: 'قيد الانتظار', met: 'تحقق', missed: 'فات موعده', in_doubt: 'موضع شك' },
  gaugeSummary: (status, days, date) => `وقف إطلاق النار ${status} بعد ${days}، حتى ${date}.`,
  newer: (date) => `معروضة كما كانت في ${date}. توجد أرقام أحدث.`,
  updatedSince: 'تم التحديث منذ ذلك الحين:',
  seeLatest: 'اطّلع على أحدث نسخة',
  showAll: 'عرض الكل',
};

export default ar;
