// Regenerates src/LocalMesh.Privacy/Data/names-fakerjs.txt from @faker-js/faker (MIT):
//   mkdir -p /tmp/names && cp bench/tools/names-fakerjs.mjs /tmp/names/ && cd /tmp/names && npm install @faker-js/faker@10.6.0 \
//     && node names-fakerjs.mjs > names-fakerjs.txt   (run where node_modules is: an ES module resolves packages from its own folder)
// then copy the output over the data file (and node_modules/@faker-js/faker/LICENSE over names-fakerjs.LICENSE.txt).
import { allLocales } from '@faker-js/faker';

const first = new Set();
const last = new Set();
function collect(value, into) {
  if (Array.isArray(value)) value.forEach(v => typeof v === 'string' && into.add(v.trim()));
  else if (value && typeof value === 'object') Object.values(value).forEach(v => collect(v, into));
}
for (const definition of Object.values(allLocales)) {
  const person = definition.person;
  if (!person) continue;
  collect(person.first_name, first);
  collect(person.middle_name, first);
  collect(person.last_name, last);
}
// Letters only, words joined by one space, apostrophe or hyphen; two characters at least.
const ok = n => n.length >= 2 && /^\p{L}+(?:[ '\-’]\p{L}+)*$/u.test(n);
const sorted = s => [...s].filter(ok).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
console.log(`# Personal names of the 70 locales of @faker-js/faker 10.6.0 (npm; MIT licence: names-fakerjs.LICENSE.txt): every
# locale's person.first_name (generic, female and male) and person.middle_name as "first NAME", person.last_name as
# "last NAME"; names with a digit or other signs left out. The given names back the privacy guard's ListedNameDetector
# (not the tagger); the family names are vendored with them and not used yet. Regenerate with bench/tools/names-fakerjs.mjs.`);
for (const n of sorted(first)) console.log('first ' + n);
for (const n of sorted(last)) console.log('last ' + n);
