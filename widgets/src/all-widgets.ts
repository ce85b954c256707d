/**
 * `/widgets/v1/all-widgets.js`: both widgets in one module, for a page that
 * shows both (`explainers.js` picks it then); one copy of Lit and of the
 * shared base serves the two.
 */
import './casualty-claims/casualty-claims';
import './ceasefire-gauge/ceasefire-gauge';
