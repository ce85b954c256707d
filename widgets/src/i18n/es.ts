import type { Strings } from './strings';

const sources = (n: number) =>
  n === 1 ? 'Una fuente' : `${['Ninguna', '', 'Dos', 'Tres', 'Cuatro', 'Cinco'][n] || n} fuentes`;

const es: Strings = {
  dir: 'ltr',
  claimsEyebrow: 'Cifras de víctimas',
  gaugeEyebrow: 'Seguimiento del alto el fuego',
  loading: 'Cargando…',
  loadFailed: 'No se han podido cargar estas cifras ahora mismo.',
  openData: 'Ver los datos en su origen',
  notFound: (kind, slug) => `No se ha encontrado ${kind === 'incident' ? 'el suceso' : 'el alto el fuego'} «${slug}».`,
  unverified: 'Cifras tal como se publicaron, sin verificación independiente.',
  metric: { killed: 'muertos', wounded: 'heridos', missing: 'desaparecidos' },
  kind: {
    government: 'Gobierno',
    military: 'Ejército',
    ngo: 'Observatorio u ONG',
    un: 'Naciones Unidas',
    media: 'Medio de comunicación',
    armed_group: 'Grupo armado',
    other: 'Otro',
  },
  claimedOn: (date) => `Afirmado el ${date}`,
  source: 'Fuente',
  reportedIn: (headline) => `Publicado en «${headline}»`,
  earlier: (n) => `Cifras anteriores (${n})`,
  revised: 'Revisada',
  retracted: 'Retirada',
  noFigures: 'Todavía no se ha publicado ninguna cifra.',
  spread: (n, low, high, gap, metric) =>
    `${sources(n)} discrepan: sus cifras van de ${low} a ${high} ${metric}, una diferencia de ${gap}.`,
  agree: (n, figure, metric) => `${sources(n)} coinciden: ${figure} ${metric}.`,
  single: (figure, metric, who) => `Solo una fuente ha dado una cifra: ${figure} ${metric}, según ${who}.`,
  claimsSummary: (n, disagree, parts, metric) =>
    `${sources(n)} ${disagree ? 'discrepan' : 'coinciden'} sobre el número de ${metric}: ${parts.join('; ')}.`,
  says: (who, figure) => `${who} dice ${figure}`,
  status: {
    holding: 'Se mantiene',
    strained: 'Bajo tensión',
    precarious: 'Precario',
    collapsed: 'Roto',
    ended: 'Terminado',
  },
  brokeredBy: (names) => `Mediado por ${names}`,
  inForceFrom: (date) => `en vigor desde el ${date}`,
  notCovered: (groups) => `No incluye a ${groups}.`,
  meterLabel: 'Estado del alto el fuego',
  meterValue: (label, level) => `${label}: nivel ${level} de 4, de «se mantiene» a «roto»`,
  scaleStart: 'Se mantiene',
  scaleEnd: 'Roto',
  days: (n, d) => `${d} día${n === 1 ? '' : 's'} en vigor`,
  dataAsOf: (date) => `Datos a ${date}`,
  violations: 'Violaciones denunciadas',
  unnamed: 'Fuente no identificada',
  reportedOn: (date) => `publicado el ${date}`,
  nextMilestone: 'Próximo hito',
  due: (date) => `Previsto para el ${date}`,
  noDate: 'Sin fecha fijada',
  milestone: { pending: 'Pendiente', met: 'Cumplido', missed: 'Incumplido', in_doubt: 'En duda' },
  gaugeSummary: (status, days, date) =>
    `El alto el fuego está en estado «${status.toLowerCase()}» tras ${days}, a ${date}.`,
  newer: (date) => `Datos tal como estaban el ${date}. Hay cifras más recientes.`,
  updatedSince: 'Actualizado desde entonces:',
  seeLatest: 'ver la versión más reciente',
  showAll: 'Mostrar todo',
};

export default es;
