import type { Metric } from '../contract/enums';
import type { Strings } from './strings';

const SINGULAR: Record<Metric, string> = { killed: 'muerto', wounded: 'herido', missing: 'desaparecido' };

const plural = new Intl.PluralRules('es');
const one = (n: number) => plural.select(n) === 'one';
const sources = (n: number, d: string) =>
  one(n) ? 'Una fuente' : `${['Ninguna', '', 'Dos', 'Tres', 'Cuatro', 'Cinco'][n] || d} fuentes`;

const es: Strings = {
  dir: 'ltr',
  claimsEyebrow: 'Cifras de víctimas',
  gaugeEyebrow: 'Seguimiento del alto el fuego',
  loading: 'Cargando…',
  loadFailed: 'No se han podido cargar estas cifras ahora mismo.',
  openData: 'Ver los datos en su origen',
  notFound: (kind, slug) =>
    slug
      ? `No se ha encontrado ${kind === 'incident' ? 'el suceso' : 'el alto el fuego'} «${slug}».`
      : `No se indica ${kind === 'incident' ? 'ningún suceso' : 'ningún alto el fuego'}.`,
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
  earlier: (d) => `Cifras anteriores (${d})`,
  revised: 'Revisada',
  retracted: 'Retirada',
  noFigures: 'Todavía no se ha publicado ninguna cifra.',
  noCurrent: 'Ninguna cifra sigue en pie: las publicadas se retiraron o se revisaron.',
  figure: { at_least: 'al menos #', more_than: 'más de #', about: 'alrededor de #', up_to: 'hasta #' },
  // "1 muerto", "80 muertos", "1.000.000 de muertos".
  counted: (figure, metric, n) => {
    const form = plural.select(n);
    return `${figure} ${form === 'one' ? SINGULAR[metric] : `${form === 'many' ? 'de ' : ''}${es.metric[metric]}`}`;
  },
  asWritten: (text) => `Tal como se publicó: «${text}»`,
  spread: (n, d, low, high, gap) =>
    `${sources(n, d)} discrepan: sus cifras van de ${low} a ${high}, una diferencia de ${gap}.`,
  agree: (n, d, counted) => `${sources(n, d)} coinciden: ${counted}.`,
  sameNumber: (n, d, counted) => `${sources(n, d)} dan el mismo número con palabras distintas: ${counted}.`,
  single: (counted, who, figures) =>
    `Solo una fuente ha dado ${figures > 1 ? 'cifras' : 'una cifra'}: ${counted}, según ${who}.`,
  differentPeople: (subjects, some) =>
    `Estas cifras cuentan a personas distintas (${subjects})${some ? '; solo se comparan las que cuentan a las mismas personas' : ', así que no se comparan'}.`,
  claimsSummary: (n, d, disagree, parts, metric) =>
    `${sources(n, d)} ${one(n) ? 'da' : disagree === null ? 'dan' : disagree ? 'discrepan sobre' : 'coinciden en'} el número de ${metric}: ${parts.join('; ')}.`,
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
  meterValue: (label, level, of) => `${label}: nivel ${level} de ${of}, de «se mantiene» a «roto»`,
  scaleStart: 'Se mantiene',
  scaleEnd: 'Roto',
  days: (n, d) => `${d} día${one(n) ? '' : 's'} en vigor`,
  dataAsOf: (date) => `Datos a ${date}`,
  violations: 'Violaciones denunciadas',
  unnamed: 'Fuente no identificada',
  reportedOn: (date) => `publicado el ${date}`,
  nextMilestone: 'Próximo hito',
  due: (date) => `Previsto para el ${date}`,
  noDate: 'Sin fecha fijada',
  milestone: { pending: 'Pendiente', met: 'Cumplido', missed: 'Incumplido', in_doubt: 'En duda' },
  gaugeSummary: (_key, label, days, date) =>
    `El alto el fuego está en estado «${label.toLowerCase()}» tras ${days}, a ${date}.`,
  newer: (date) => `Datos tal como estaban el ${date}. Hay cifras más recientes.`,
  updatedSince: 'Actualizado desde entonces:',
  seeLatest: 'ver la versión más reciente',
  changesOf: (title) => `Cambios: ${title}`,
  noChanges: 'Nada ha cambiado desde su primera publicación.',
  correction: 'Corrección:',
  latestVersion: 'Verlo tal como está ahora',
  feeds: 'Seguir estos cambios:',
  showAll: 'Mostrar todo',
  updatedShow: 'Actualizado: mostrar',
  updatedMark: (time) => `actualizado a las ${time}`,
  updatedAnnouncement: (what) => `Actualización: ${what}.`,
  updatedDetails: 'han cambiado detalles de esta historia',
  updateWaiting: (control) => `Esta historia se ha actualizado. «${control}», arriba en esta tarjeta, la muestra.`,
  changed: (n, d) => `Modificado ${one(n) ? 'una vez' : `${d} veces`}`,
  published: (date) => `Tal como se publicó el ${date}.`,
};

export default es;
