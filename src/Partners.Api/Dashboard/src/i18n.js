// The page's texts, French by default and English on the switch (the choice is kept in localStorage).
const texts = {
  fr: {
    commission: 'Commission des opérateurs',
    accountNav: 'Compte',
    title: 'Tableau de bord de la Commission',
    pageTitle: 'Tableau de bord — Commission des opérateurs',
    switchTo: 'English',
    feedOn: 'Flux en direct : connecté',
    feedOff: 'Flux en direct : déconnecté, reconnexion…',
    security: 'Deuxième facteur',
    logout: 'Se déconnecter',
    login: 'Se connecter',
    signedOut: 'Connectez-vous avec votre compte de membre de la Commission.',
    loggedOut: 'Vous êtes déconnecté.',
    region: 'Direction régionale',
    wholeRegion: 'Toute la région de langue française',
    disputesTitle: 'Différends ouverts par état',
    overdueTitle: 'Réponses de candidature en retard, par opérateur',
    difficultiesTitle: 'Difficultés récurrentes ouvertes',
    complaintsTitle: 'Plaintes par engagement, partie visée et mois',
    trendTitle: 'Tendance sur 12 mois',
    trendCaption: 'Différends introduits et plaintes reçues par mois (le tableau ci-dessous donne les mêmes chiffres).',
    csv: 'Télécharger le tableau des plaintes (CSV)',
    status: 'État', count: 'Nombre', oldest: 'Le plus ancien', days: (n) => `${n} jour${n > 1 ? 's' : ''}`,
    operator: 'Opérateur', engagement: 'Engagement', respondent: 'Partie visée', month: 'Mois',
    disputes: 'Différends', complaints: 'Plaintes', none: 'Aucun',
    updated: (time) => `Mis à jour à ${time}`,
    error: 'Les données n’ont pas pu être lues : ',
    forbidden: 'Ce compte n’a pas accès aux données de la Commission.',
    statuses: { FILED: 'Introduit', IN_MEDIATION: 'En médiation', IN_ARBITRATION: 'En arbitrage' },
  },
  en: {
    commission: 'Commission des opérateurs (operators’ committee)',
    accountNav: 'Account',
    title: 'The Commission’s dashboard',
    pageTitle: 'Dashboard — Commission des opérateurs',
    switchTo: 'Français',
    feedOn: 'Live feed: connected',
    feedOff: 'Live feed: disconnected, reconnecting…',
    security: 'Second factor',
    logout: 'Sign out',
    login: 'Sign in',
    signedOut: 'Sign in with your Commission member account.',
    loggedOut: 'You are signed out.',
    region: 'Regional directorate',
    wholeRegion: 'The whole French-language region',
    disputesTitle: 'Open disputes by state',
    overdueTitle: 'Overdue candidacy answers, per operator',
    difficultiesTitle: 'Open recurring difficulties',
    complaintsTitle: 'Complaints by engagement, respondent and month',
    trendTitle: '12-month trend',
    trendCaption: 'Disputes filed and complaints received per month (the table below gives the same figures).',
    csv: 'Download the complaints table (CSV)',
    status: 'State', count: 'Count', oldest: 'Oldest', days: (n) => `${n} day${n > 1 ? 's' : ''}`,
    operator: 'Operator', engagement: 'Engagement', respondent: 'Respondent', month: 'Month',
    disputes: 'Disputes', complaints: 'Complaints', none: 'None',
    updated: (time) => `Updated at ${time}`,
    error: 'The data could not be read: ',
    forbidden: 'This account may not read the Commission’s data.',
    statuses: { FILED: 'Filed', IN_MEDIATION: 'In mediation', IN_ARBITRATION: 'In arbitration' },
  },
};

export const regions = ['ARLON', 'CHARLEROI', 'HUY', 'LA_LOUVIERE', 'LIEGE', 'MONS', 'MOUSCRON', 'NAMUR', 'NIVELLES', 'TOURNAI', 'VERVIERS'];
const regionNames = { LA_LOUVIERE: 'La Louvière', LIEGE: 'Liège' };
export const regionName = (code) => regionNames[code] ?? code.charAt(0) + code.slice(1).toLowerCase();

export let lang = new URLSearchParams(location.search).get('lang') ?? localStorage.getItem('lang') ?? 'fr';
if (!(lang in texts)) lang = 'fr';

export const t = (key, ...args) => {
  const value = texts[lang][key];
  return typeof value === 'function' ? value(...args) : value;
};

export function setLanguage(next) {
  lang = next;
  localStorage.setItem('lang', next);
  applyTexts();
}

/** Writes the static texts (elements marked data-text / data-label) and the document's language. */
export function applyTexts() {
  document.documentElement.lang = lang;
  document.title = t('pageTitle');
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = t(element.dataset.text);
  for (const element of document.querySelectorAll('[data-label]')) element.setAttribute('aria-label', t(element.dataset.label));
  const switcher = document.getElementById('language');
  switcher.textContent = t('switchTo');
  switcher.lang = lang === 'fr' ? 'en' : 'fr';
}
