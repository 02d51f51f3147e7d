#!/usr/bin/env python3
"""Independent checks of the v4 privacy and intent hold-out sets. Prints ALL OK. Standard library only."""
import argparse, collections, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {'PERSON', 'LOCATION', 'POSTAL_CODE', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH', 'NATIONAL_ID', 'IBAN', 'CREDIT_CARD', 'SSN',
         'DRIVER_LICENSE', 'PASSPORT', 'IP_ADDRESS', 'URL', 'API_KEY', 'SECRET', 'ORG', 'MEDICAL'}
ERR = []


def fail(msg):
    ERR.append(msg)


def u16(text):
    return text.encode('utf-16-le')


def u16_slice(b, s, e):
    return b[2 * s:2 * e].decode('utf-16-le')


def to_py(text):
    m, u = [], 0
    for ch in text:
        m.append(u)
        u += 2 if ord(ch) > 0xFFFF else 1
    m.append(u)
    return {v: i for i, v in enumerate(m)}


# ---------------------------------------------------------------- value checks
def luhn(n):
    t = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch) * (2 if i % 2 else 1)
        t += d - 9 if d > 9 else d
    return t % 10 == 0


BRANDS = [('4', (16,)), ('51', (16,)), ('53', (16,)), ('55', (16,)), ('2221', (16,)), ('2500', (16,)), ('2720', (16,)), ('34', (15,)),
          ('37', (15,)), ('636368', (16,)), ('504175', (16,)), ('650031', (16,)), ('9792', (16,)), ('606282', (16,)), ('506099', (19,)),
          ('650002', (19,)), ('2200', (16,)), ('2204', (16,)), ('3528', (16,)), ('3589', (16,)), ('6011', (16,)), ('65', (16,)),
          ('62', (19,)), ('9440', (16,))]


def card_ok(v):
    if not re.fullmatch(r'[\d -]+', v):
        return False
    n = re.sub(r'[ -]', '', v)
    return luhn(n) and any(n.startswith(p) and len(n) in L for p, L in BRANDS)


IBAN_LEN = dict(LV=21, BG=22, RS=22, SI=19, RO=24, IS=26, TR=26, UA=29, BR=29, QA=29, KW=30, JO=30, BH=22, EG=29, MC=27, LI=21, AD=24,
                GI=23, ME=22, MK=19, BA=20, AL=28, GE=22, AZ=28, MD=24, TN=24, PK=24, XK=20, FO=18, MU=30, KZ=20)


def iban_ok(v):
    c = v.replace(' ', '')
    if ' ' in v and v != ' '.join(c[i:i + 4] for i in range(0, len(c), 4)):
        return False
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', c) or IBAN_LEN.get(c[:2]) != len(c):
        return False
    return int(''.join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1


def ssn_ok(v):
    m = re.fullmatch(r'(\d{3})([- ]?)(\d{2})\2(\d{4})', v)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def nid_ok(v):
    """Returns the format name if the value passes one national check (or a format-only rule)."""
    if re.fullmatch(r'[1-6]\d{10}', v):  # EE isikukood / LT asmens kodas
        w1, w2 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        s = sum(int(a) * b for a, b in zip(v, w1)) % 11
        if s == 10:
            s = sum(int(a) * b for a, b in zip(v, w2)) % 11 % 10
        y = (1800 + 100 * ((int(v[0]) - 1) // 2)) + int(v[1:3])
        if s == int(v[10]) and valid_date(y, int(v[3:5]), int(v[5:7])):
            return 'EE/LT'
    if re.fullmatch(r'\d{11}', v):  # HR OIB
        a = 10
        for ch in v[:10]:
            a = (a + int(ch)) % 10 or 10
            a = a * 2 % 11
        if (11 - a) % 10 == int(v[10]):
            return 'HR'
    if re.fullmatch(r'\d{13}', v):  # RS JMBG (date + mod 11)
        a = [int(c) for c in v]
        k = 11 - (7 * (a[0] + a[6]) + 6 * (a[1] + a[7]) + 5 * (a[2] + a[8]) + 4 * (a[3] + a[9]) + 3 * (a[4] + a[10]) + 2 * (a[5] + a[11])) % 11
        k = 0 if k == 11 else k
        yyy = int(v[4:7])
        if k == a[12] and valid_date(1000 + yyy if yyy > 800 else 2000 + yyy, int(v[2:4]), int(v[0:2])):
            return 'RS'
    if re.fullmatch(r'\d{10}', v):  # BG EGN
        s = sum(int(a) * b for a, b in zip(v, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11 % 10
        mm = int(v[2:4])
        y, mm = (2000 + int(v[:2]), mm - 40) if mm > 40 else (1900 + int(v[:2]), mm)
        if s == int(v[9]) and valid_date(y, mm, int(v[4:6])):
            return 'BG'
    m = re.fullmatch(r'(\d{6})-(\d{4})', v)  # IS kennitala
    if m:
        d = m.group(1) + m.group(2)
        r = 11 - sum(int(a) * b for a, b in zip(d, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if (0 if r == 11 else r) == int(d[8]) and d[9] in '09' and valid_date((1900 if d[9] == '9' else 2000) + int(d[4:6]), int(d[2:4]), int(d[0:2])):
            return 'IS'
    m = re.fullmatch(r'(\d{6})-(\d{5})', v)  # LV personas kods
    if m:
        d = m.group(1) + m.group(2)
        r = (1101 - sum(int(a) * b for a, b in zip(d, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]))) % 11
        if r == int(d[10]) and valid_date((1900 if d[6] == '1' else 2000) + int(d[4:6]), int(d[2:4]), int(d[0:2])):
            return 'LV'
    if re.fullmatch(r'756\.\d{4}\.\d{4}\.\d{2}', v):  # CH AHV (EAN-13)
        d = v.replace('.', '')
        if (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d[:12])) % 10) % 10 == int(d[12]):
            return 'CH'
    if re.fullmatch(r'[A-Z][12]\d{8}', v):  # TW
        L = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35, P=23, Q=24, R=25, S=26,
                 T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)[v[0]]
        if (L // 10 + 9 * (L % 10) + sum(int(c) * w for c, w in zip(v[1:9], range(8, 0, -1))) + int(v[9])) % 10 == 0:
            return 'TW'
    m = re.fullmatch(r'([A-Z]{1,2})(\d{6})\(([\dA])\)', v)  # HKID
    if m:
        vals = ([36] if len(m.group(1)) == 1 else []) + [ord(c) - 55 for c in m.group(1)]
        s = sum(a * b for a, b in zip(vals, [9, 8])) + sum(int(c) * w for c, w in zip(m.group(2), range(7, 1, -1)))
        if (s + (10 if m.group(3) == 'A' else int(m.group(3)))) % 11 == 0:
            return 'HK'
    if re.fullmatch(r'\d-\d{4}-\d{5}-\d{2}-\d', v):  # TH
        d = v.replace('-', '')
        if (11 - sum(int(c) * (13 - i) for i, c in enumerate(d[:12])) % 11) % 10 == int(d[12]):
            return 'TH'
    m = re.fullmatch(r'(\d{3})(\d) (\d{2})(\d{2})(\d{2})', v)  # AT SVNR
    if m:
        d = m.group(1) + m.group(3) + m.group(4) + m.group(5)
        if sum(int(c) * w for c, w in zip(d, [3, 7, 9, 5, 8, 4, 2, 1, 6])) % 11 == int(m.group(2)) and valid_date(2000, int(m.group(4)), int(m.group(3))):
            return 'AT'
    if re.fullmatch(r'[34]\d{4}-\d{7}-\d', v):
        return 'PK (format)'
    m = re.fullmatch(r'([23])(\d{2})(\d{2})(\d{2})\d{7}', v)
    if m and valid_date((1900 if m.group(1) == '2' else 2000) + int(m.group(2)), int(m.group(3)), int(m.group(4))):
        return 'EG (format)'
    if re.fullmatch(r'[A-Z]{3}P[A-Z]\d{4}[A-Z]', v):
        return 'IN PAN (format)'
    if re.fullmatch(r'\d{8}', v):
        return 'KE ID / PE DNI (format)'
    if re.fullmatch(r'1\d{9}', v):
        return 'CO cedula (format)'
    if re.fullmatch(r'\d{7}[MGAPLHBZ]', v):
        return 'MT ID card (format)'
    return None


EMAIL_RX = re.compile(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+')
URL_RX = re.compile(r'https?://[^\s"\'<>)]+')
IP4_RX = re.compile(r'(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])')
NOSPACE_SCRIPTS = re.compile(r'[\u0E00-\u0E7F\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')


def check_privacy():
    path = os.path.join(HERE, 'privacy-holdout-v4.jsonl')
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    if len(rows) != 400:
        fail('privacy rows != 400')
    texts = set()
    counts, tcounts = collections.Counter(), collections.Counter()
    npos = 0
    shapes = collections.Counter()
    for i, r in enumerate(rows):
        if set(r) != {'id', 'text', 'entities', 'shape'}:
            fail(f'{r.get("id")}: keys')
        if r['id'] != f'pv4-{i + 1:04d}':
            fail(f'id order {r["id"]}')
        t = r['text']
        if t in texts:
            fail(f'{r["id"]}: duplicate text')
        texts.add(t)
        b = u16(t)
        n16 = len(b) // 2
        ents = r['entities']
        neg = r['shape'].startswith('neg_')
        if neg != (not ents):
            fail(f'{r["id"]}: shape/negative mismatch')
        if neg:
            if EMAIL_RX.search(t) or URL_RX.search(t) or IP4_RX.search(t):
                fail(f'{r["id"]}: negative contains e-mail/URL/IPv4')
            continue
        npos += 1
        shapes[r['shape']] += 1
        inv = to_py(t)
        prev = 0
        spans = []
        for e in ents:
            if set(e) != {'type', 'start', 'end', 'text'}:
                fail(f'{r["id"]}: entity keys')
            ty, s, en, v = e['type'], e['start'], e['end'], e['text']
            if ty not in TYPES:
                fail(f'{r["id"]}: type {ty}')
            if not (0 <= s < en <= n16) or s < prev:
                fail(f'{r["id"]}: bounds/order/overlap {e}')
            prev = en
            if u16_slice(b, s, en) != v or v != v.strip():
                fail(f'{r["id"]}: slice mismatch {e}')
            if s not in inv or en not in inv:
                fail(f'{r["id"]}: offset splits a surrogate pair')
                continue
            spans.append((inv[s], inv[en], ty, v))
            counts[ty] += 1
            if ty == 'MEDICAL' and '+medical' not in r['shape']:
                fail(f'{r["id"]}: MEDICAL outside +medical')
            if ty == 'CREDIT_CARD' and not card_ok(v):
                fail(f'{r["id"]}: card {v}')
            if ty == 'IBAN' and not iban_ok(v):
                fail(f'{r["id"]}: iban {v}')
            if ty == 'SSN' and not ssn_ok(v):
                fail(f'{r["id"]}: ssn {v}')
            if ty == 'NATIONAL_ID' and not nid_ok(v):
                fail(f'{r["id"]}: national id {v}')
            if ty == 'EMAIL' and not EMAIL_RX.fullmatch(v):
                fail(f'{r["id"]}: email {v}')
            if ty == 'URL' and not URL_RX.fullmatch(v):
                fail(f'{r["id"]}: url {v}')
            if ty == 'IP_ADDRESS' and not (IP4_RX.fullmatch(v) and all(int(x) < 256 for x in v.split('.')) or re.fullmatch(r'[0-9a-f:]+', v) and '::' in v):
                fail(f'{r["id"]}: ip {v}')
            if ty in ('PERSON', 'LOCATION', 'ORG') and not NOSPACE_SCRIPTS.search(v):
                a, z = inv[s], inv[en]
                if (a > 0 and t[a - 1].isalnum()) or (z < len(t) and t[z].isalnum()):
                    fail(f'{r["id"]}: {ty} not at a word boundary: {v}')
        for ty in {x[2] for x in spans}:
            tcounts[ty] += 1
        covered = lambda a, z: any(s <= a and z <= e for s, e, _, _ in spans)
        touched = lambda a, z: any(s < z and a < e for s, e, _, _ in spans)
        for s, e, ty, v in spans:  # every mention
            if ty not in ('PERSON', 'EMAIL', 'PHONE', 'LOCATION'):
                continue
            rx = re.escape(v) if NOSPACE_SCRIPTS.search(v) else r'(?<!\w)' + re.escape(v) + r'(?!\w)'
            for m in re.finditer(rx, t, 0 if NOSPACE_SCRIPTS.search(v) else re.I):
                if not covered(m.start(), m.end()):
                    fail(f'{r["id"]}: unlabelled mention of {ty} {v!r}')
        within = lambda a, z, tys: any(s <= a and z <= e and ty in tys for s, e, ty, _ in spans)
        for rx, what, tys in ((EMAIL_RX, 'e-mail', {'EMAIL'}), (URL_RX, 'URL', {'URL'}), (IP4_RX, 'IPv4', {'IP_ADDRESS', 'URL'})):
            for m in rx.finditer(t):
                z = m.end()
                while t[z - 1] in '.,;:!?':
                    z -= 1
                if not within(m.start(), z, tys):
                    fail(f'{r["id"]}: {what} not inside one {"/".join(sorted(tys))} span: {m.group(0)}')
        for s, e, ty, v in spans:  # an IP inside a URL has no span of its own
            if ty == 'IP_ADDRESS' and any(s2 <= s and e <= e2 and ty2 == 'URL' for s2, e2, ty2, _ in spans):
                fail(f'{r["id"]}: IP span inside a URL')
    if npos != 320 or len(rows) - npos != 80:
        fail(f'positives {npos}, negatives {len(rows) - npos}')
    for ty in TYPES - {'MEDICAL'}:
        need = 80 if ty in ('PERSON', 'PHONE') else 25
        if counts[ty] < need:
            fail(f'{ty}: {counts[ty]} < {need}')
    # eval file = converted holdout
    ren = {'ORG': 'ORGANIZATION', 'SSN': 'US_SSN'}
    ev = [json.loads(l) for l in open(os.path.join(HERE, 'privacy-eval-v4.jsonl'), encoding='utf-8')]
    if len(ev) != len(rows):
        fail('eval length')
    for a, e in zip(rows, ev):
        want = {'id': a['id'], 'text': a['text'], 'shape': a['shape'],
                'entities': [{'type': ren.get(x['type'], x['type']), 'start': x['start'], 'end': x['end'], 'value': x['text']}
                             for x in a['entities'] if x['type'] != 'MEDICAL']}
        if e != want:
            fail(f'eval row {a["id"]} differs')
    sys.path.insert(0, HERE)
    from pv4_lang import LANG
    unknown = set(LANG) - {r['shape'] for r in rows}
    if unknown:
        fail(f'language map names unknown shapes {sorted(unknown)}')
    lang = collections.Counter()
    for r in rows:
        for l in LANG.get(r['shape'], 'en').split('+'):
            lang[l] += 1
    print('languages (%d): ' % len(lang) + ', '.join(f'{k} {v}' for k, v in lang.most_common()))
    if len(lang) < 12:
        fail('fewer than 12 languages')
    print('privacy: %d rows, %d positive, %d negative, %d positive shapes, %d spans' % (len(rows), npos, len(rows) - npos, len(shapes), sum(counts.values())))
    for ty, n in counts.most_common():
        print(f'  {ty:15s} {n:4d} spans in {tcounts[ty]:3d} texts')


def norm(s):
    return ' '.join(re.findall(r"[a-z0-9']+", s.lower()))


def check_intents(clinc):
    rows = [json.loads(l) for l in open(os.path.join(HERE, 'intents-holdout-v4.jsonl'), encoding='utf-8')]
    domains = json.load(open(os.path.join(clinc, 'domains.json')))
    names = {i for v in domains.values() for i in v}
    if len(rows) != 300:
        fail('intent rows != 300')
    per = collections.Counter()
    seen = set()
    for r in rows:
        if set(r) != {'text', 'label'}:
            fail('intent keys')
        if r['label'] != 'oos' and r['label'] not in names:
            fail(f'bad label {r["label"]}')
        per[r['label']] += 1
        k = ' '.join(r['text'].lower().split())
        if k in seen:
            fail(f'duplicate utterance {k}')
        seen.add(k)
    ins = sum(v for k, v in per.items() if k != 'oos')
    if ins != 200 or per['oos'] != 100:
        fail(f'in-scope {ins}, oos {per["oos"]}')
    nint = len([k for k in per if k != 'oos'])
    if nint < 100:
        fail(f'only {nint} intents')
    if max(v for k, v in per.items() if k != 'oos') > 3:
        fail('more than 3 per intent')
    # layout
    d = os.path.join(HERE, 'intents-eval-v4')
    val = json.load(open(os.path.join(d, 'val.json')))
    oos = json.load(open(os.path.join(d, 'oos_val.json')))
    ship = json.load(open(os.path.join(clinc, 'val.json')))
    if not (isinstance(val, list) and isinstance(ship, list) and all(isinstance(x, list) and len(x) == 2 for x in val + oos)):
        fail('eval layout differs from shipped CLINC150')
    if val != [[r['text'], r['label']] for r in rows if r['label'] != 'oos'] or oos != [[r['text'], 'oos'] for r in rows if r['label'] == 'oos']:
        fail('eval rows differ from jsonl')
    if json.load(open(os.path.join(d, 'wrapped', 'val.json'))) != {'val': val} or json.load(open(os.path.join(d, 'wrapped', 'oos_val.json'))) != {'oos_val': oos}:
        fail('wrapped copies differ')
    # copies of CLINC150 (by program only; only counts are printed)
    corpus = []
    for fn in sorted(os.listdir(clinc)):
        if fn.endswith('.json') and fn != 'domains.json':
            data = json.load(open(os.path.join(clinc, fn)))
            items = data if isinstance(data, list) else [x for v in data.values() if isinstance(v, list) for x in v]
            corpus += [x[0] for x in items if isinstance(x, list) and x and isinstance(x[0], str)]
    cnorm = {norm(c) for c in corpus}
    csets = [set(norm(c).split()) for c in corpus]
    index = collections.defaultdict(list)
    for i, s in enumerate(csets):
        for w in s:
            index[w].append(i)
    verb = 0
    near75 = near85 = 0
    for r in rows:
        n = norm(r['text'])
        if n in cnorm:
            verb += 1
        s = set(n.split())
        cand = set()
        for w in s:
            if len(index[w]) < 3000:
                cand.update(index[w])
        best = max((len(s & csets[i]) / len(s | csets[i]) for i in cand), default=0)
        near75 += best >= 0.75
        near85 += best >= 0.85
    print(f'intents: {len(rows)} rows, {ins} in-scope over {nint} intents, {per["oos"]} oos; compared with {len(corpus)} CLINC150 utterances: '
          f'verbatim {verb}, word-Jaccard>=0.75 {near75}, >=0.85 {near85}')
    if verb or near75:
        fail('copies of CLINC150 found')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--clinc', default='/work/shared/data/clinc150')
    a = ap.parse_args()
    check_privacy()
    check_intents(a.clinc)
    if ERR:
        for e in ERR[:60]:
            print('FAIL', e)
        print(f'{len(ERR)} failures')
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
