# LocalMesh privacy hold-out v4: name pools, value factories and the template renderer.
# Standard library only. All values are random and fictional.
import random, re, string, unicodedata

# ---------------------------------------------------------------- name pools
# given names: "native|latin" (latin optional); surnames: "male/female" for gendered languages.
POOLS = {
 'et': dict(m="Kristjan Rasmus Tõnu Madis Siim Priit", f="Kadri Liis Triin Ülle Kärt Piret",
            s="Tamm Saar Sepp Mägi Kask Rebane Ilves Pärn Kivisild Lepik"),
 'lv': dict(m="Jānis Mārtiņš Edgars Raimonds Kristaps", f="Ilze Dace Zane Baiba Gunta",
            s="Bērziņš/Bērziņa Kalniņš/Kalniņa Ozols/Ozola Liepiņš/Liepiņa Krūmiņš/Krūmiņa Vītols/Vītola"),
 'lt': dict(m="Mindaugas Darius Vytautas Žygimantas Rokas", f="Rūta Eglė Aušra Giedrė Ieva",
            s="Kazlauskas/Kazlauskienė Petrauskas/Petrauskaitė Jankauskas/Jankauskienė Stankevičius/Stankevičiūtė Žukauskas/Žukauskaitė"),
 'bcs': dict(m="Luka Matej Nikola Dragan Ivo Žarko", f="Maja Jelena Vesna Tina Snežana Ivana",
             s="Novak Horvat Kovačević Babić Petrović Jovanović Krajnc Zupančič Đorđević Vuković"),
 'bg': dict(m="Георги|Georgi Димитър|Dimitar Калоян|Kaloyan Боян|Boyan", f="Десислава|Desislava Цветелина|Tsvetelina Радостина|Radostina Милена|Milena",
            s="Петров|Petrov/Петрова|Petrova Стоянов|Stoyanov/Стоянова|Stoyanova Тодоров|Todorov/Тодорова|Todorova Николов|Nikolov/Николова|Nikolova"),
 'uk': dict(m="Тарас|Taras Богдан|Bohdan Олексій|Oleksii Андрій|Andrii", f="Оксана|Oksana Соломія|Solomiia Ганна|Hanna Ірина|Iryna",
            s="Шевченко|Shevchenko Коваленко|Kovalenko Бондаренко|Bondarenko Мельник|Melnyk Ткачук|Tkachuk Гнатюк|Hnatiuk"),
 'ar': dict(m="يوسف|Youssef عمر|Omar خالد|Khaled طارق|Tarek", f="مريم|Mariam نور|Nour ليلى|Laila هدى|Hoda",
            s="العتيبي|Alotaibi الشمري|Alshammari بنعلي|Benali المصري|Elmasry حداد|Haddad"),
 'magh': dict(m="Hamza Mehdi Anas Yassine Othmane", f="Salma Imane Kenza Ghita Houda",
              s="El-Amrani Bennani Tazi Alaoui Berrada Chraibi"),
 'fa': dict(m="آرش|Arash کاوه|Kaveh سیاوش|Siavash بابک|Babak", f="شیرین|Shirin نگار|Negar پریسا|Parisa مهسا|Mahsa",
            s="رضایی|Rezaei محمدی|Mohammadi حسینی|Hosseini کریمی|Karimi"),
 'hi': dict(m="आरव|Aarav विवेक|Vivek राहुल|Rahul", f="प्रिया|Priya अनन्या|Ananya कविता|Kavita",
            s="शर्मा|Sharma वर्मा|Verma त्रिपाठी|Tripathi यादव|Yadav"),
 'ne': dict(m="Bishnu Sagar Prakash Nabin", f="Sabina Anjali Sunita Pratima", s="Shrestha Gurung Thapa Tamang Maharjan"),
 'he': dict(m="אורי|Ori נועם|Noam איתי|Itai", f="שירה|Shira מיכל|Michal יעל|Yael", s="כהן|Cohen לוי|Levi מזרחי|Mizrahi פרץ|Peretz"),
 'ka': dict(m="გიორგი|Giorgi ლევან|Levan დავით|Davit", f="ნინო|Nino თამარ|Tamar მარიამ|Mariam",
            s="ბერიძე|Beridze კაპანაძე|Kapanadze გელაშვილი|Gelashvili ლომიძე|Lomidze"),
 'hy': dict(m="Արամ|Aram Տիգրան|Tigran Հայկ|Hayk", f="Անի|Ani Լուսինե|Lusine Նարե|Nare",
            s="Սարգսյան|Sargsyan Հովհաննիսյան|Hovhannisyan Գրիգորյան|Grigoryan Ավետիսյան|Avetisyan"),
 'am': dict(m="ሔኖክ|Henok ዮናስ|Yonas ዳዊት|Dawit", f="ቤተልሔም|Betelhem ሃና|Hana ሰላም|Selam",
            s="ተስፋዬ|Tesfaye ታደሰ|Tadesse በቀለ|Bekele ገብረመድህን|Gebremedhin"),
 'th': dict(m="สมชาย|Somchai ธนากร|Thanakorn ณัฐพล|Nattaphon", f="สุดารัตน์|Sudarat พิมพ์ชนก|Pimchanok กมลวรรณ|Kamonwan",
            s="ศรีสุข|Srisuk วงศ์สวัสดิ์|Wongsawat แก้วมณี|Kaewmanee บุญมา|Boonma"),
 'tw': dict(m="冠宇|Kuanyu 家豪|Chiahao 柏翰|Pohan", f="怡君|Yichun 淑芬|Shufen 雅婷|Yating",
            s="陳|Chen 林|Lin 黃|Huang 張|Chang 蔡|Tsai", order='fg', join=''),
 'hk': dict(m="Tai-man Chun-kit Ka-ho Wing-hong", f="Ka-yan Wing-sze Hoi-ying Mei-ling",
            s="Chan Wong Cheung Leung Yip Tsang", order='fg'),
 'mn': dict(m="Бат-Эрдэнэ|Bat-Erdene Энхбаяр|Enkhbayar Тэмүүлэн|Temuulen", f="Сарангэрэл|Sarangerel Оюунчимэг|Oyuunchimeg Номин|Nomin",
            s="Ганбаатар|Ganbaatar Доржсүрэн|Dorjsuren Батсүх|Batsukh", order='fg'),
 'kk': dict(m="Нұрлан|Nurlan Ерлан|Yerlan Дәурен|Dauren", f="Айгерім|Aigerim Динара|Dinara Жансая|Zhansaya",
            s="Сейітов|Seitov/Сейітова|Seitova Жақсылықов|Zhaksylykov/Жақсылықова|Zhaksylykova Омаров|Omarov/Омарова|Omarova"),
 'uz': dict(m="Sardor Jasur Otabek Bekzod", f="Dilnoza Gulnora Malika Nilufar",
            s="Rakhimov/Rakhimova Yusupov/Yusupova Tursunov/Tursunova Ergashev/Ergasheva"),
 'mg': dict(m="Hery Tojo Fidy Rivo", f="Fanja Tiana Mialy Voahangy",
            s="Rakotomalala Andriamanantena Randriamampionona Razafindrakoto Rasoanaivo"),
 'andes': dict(m="Wilber Edwin Nilton Yony", f="Yesenia Rosmery Maribel Gladys",
               s="Quispe Mamani Condori Huamán Apaza Ccori Choque Ticona", two=True),
 'euca': dict(m="Iker Aitor Jordi Pau Unai", f="Nerea Ainhoa Montserrat Núria Itziar",
              s="Etxeberria Goikoetxea Arrieta Casademunt Vilaplana Soler Urrutia Garmendia", two=True),
 'mt': dict(m="Ġużeppi Kurt Luke Ċensu", f="Marija Rebekka Ramona Chantelle", s="Borg Camilleri Vella Farrugia Zammit Grech"),
 'cy': dict(m="Rhys Dafydd Iolo Gethin Emyr", f="Gwenllian Eleri Ffion Nia Catrin", s="Llewelyn Pryce Bowen Prydderch Vaughan Gruffydd"),
 'word': dict(m="Chase Drew Miles Frank Guy Storm River", f="Dawn Holly Ivy Pearl Sky Autumn",
              s="Cook Fox Bell Rice Frost Snow Gold Bird Lamb Field Sharp Young", word=True),
 'sq': dict(m="Arben Blerim Dritan Ilir Agon", f="Drita Elira Valbona Arta Fjolla", s="Krasniqi Gashi Shala Kelmendi Dervishi Rexhepi"),
 'fo': dict(m="Jógvan Rógvi Heðin Súni Bárður", f="Sunnvá Ragnhild Bára Turið Elin", s="Joensen Poulsen Dam Mikkelsen Petersen Olsen Thomsen"),
 'my': dict(full="Aung Kyaw Moe|Thida Win|Min Thu Aung|Su Myat Noe|Zaw Lin Htet|Khin Sandar Oo", mono=True),
}
CJK_RE = re.compile(r'[\u0E00-\u0E7F\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')
WORD_NAMES = set()
for _p in ('word',):
    for _k in 'mfs':
        WORD_NAMES.update(POOLS[_p][_k].split())


def deaccent(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D').replace('ı', 'i').replace('ß', 'ss')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, rng, pool, used):
        P = POOLS[pool]
        self.pool = pool
        self.order = P.get('order', 'gf')
        self.join = P.get('join', ' ')
        for _ in range(50):
            if P.get('mono'):
                full = rng.choice(P['full'].split('|'))
                parts = full.split()
                self.g, self.gl = parts[0], parts[0]
                self.s, self.sl = ' '.join(parts[1:]), ' '.join(parts[1:])
                self.sex = rng.choice('mf')
            else:
                self.sex = rng.choice('mf')
                g = rng.choice(P[self.sex].split())
                s = rng.choice(P['s'].split())
                if '/' in s:
                    s = s.split('/')[0 if self.sex == 'm' else 1]
                self.g, self.gl = (g.split('|') + [g])[:2] if '|' in g else (g, g)
                self.s, self.sl = (s.split('|') + [s])[:2] if '|' in s else (s, s)
                if P.get('two'):
                    s2 = rng.choice(P['s'].split())
                    if s2 != self.s:
                        self.s2 = s2
                        self.s = self.s + ' ' + s2
                        self.sl = self.sl + ' ' + s2
            if self.g not in used and self.s not in used and self.g != self.s:
                break
        used.add(self.g)
        self.mono = bool(P.get('mono'))

    @property
    def full(self):
        if self.mono:
            return self.g + ' ' + self.s
        return (self.s + self.join + self.g) if self.order == 'fg' else (self.g + ' ' + self.s)

    @property
    def latin(self):
        if self.order == 'fg':
            return self.sl + ' ' + self.gl
        return self.gl + ' ' + self.sl

    def ascii_parts(self):
        g = re.sub(r'[^a-z]', '', deaccent(self.gl).lower())
        s = re.sub(r'[^a-z]', '', deaccent(self.sl.split()[0]).lower())
        return g or 'user', s or 'x'


# ---------------------------------------------------------------- helpers
def digits(rng, n):
    return ''.join(rng.choice(string.digits) for _ in range(n))


def alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


# ---------------------------------------------------------------- dates of birth
MONTHS = {
 'en': 'January February March April May June July August September October November December'.split(),
 'en3': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(),
 'et': 'jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember'.split(),
 'lv': 'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī'.split(),
 'lt': 'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio'.split(),
 'hr': 'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca'.split(),
 'bg': 'януари февруари март април май юни юли август септември октомври ноември декември'.split(),
 'uk': 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(),
 'ar': 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(),
 'th': 'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.'.split(),
 'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(),
 'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(),
 'ca': 'de gener|de febrer|de març|d’abril|de maig|de juny|de juliol|d’agost|de setembre|d’octubre|de novembre|de desembre'.split('|'),
 'cy': 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr'.split(),
 'mt': 'Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru'.split(),
 'sq': 'janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor'.split(),
}
ARABIC_DIGITS = str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩')
PERSIAN_DIGITS = str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹')
DEVANAGARI_DIGITS = str.maketrans('0123456789', '०१२३४५६७८९')


def gregorian_to_jalali(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm = 1 + (days // 31); jd = 1 + (days % 31)
    else:
        jm = 7 + ((days - 186) // 30); jd = 1 + ((days - 186) % 30)
    return jy, jm, jd


def fmt_dob(d, style):
    y, m, dd = d
    M = m - 1
    f = {
     'dmy.': f'{dd:02d}.{m:02d}.{y}', 'dmy/': f'{dd:02d}/{m:02d}/{y}', 'ymd.': f'{y}.{m:02d}.{dd:02d}',
     'compact': f'{y}{m:02d}{dd:02d}', 'dMony': f'{dd}-{MONTHS["en3"][M]}-{y}', 'Mond,y': f'{MONTHS["en3"][M]} {dd}, {y}',
     'ordinal': f'{MONTHS["en"][M]} {dd}{"th" if 10 <= dd % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")}, {y}',
     'et': f'{dd}. {MONTHS["et"][M]} {y}', 'lv': f'{y}. gada {dd}. {MONTHS["lv"][M]}', 'lt': f'{y} m. {MONTHS["lt"][M]} {dd} d.',
     'hr': f'{dd}. {MONTHS["hr"][M]} {y}.', 'bg': f'{dd} {MONTHS["bg"][M]} {y} г.', 'uk': f'{dd} {MONTHS["uk"][M]} {y} р.',
     'ar': f'{dd} {MONTHS["ar"][M]} {y}'.translate(ARABIC_DIGITS),
     'fa': '{}/{:02d}/{:02d}'.format(*gregorian_to_jalali(y, m, dd)).translate(PERSIAN_DIGITS),
     'th': f'{dd} {MONTHS["th"][M]} {y + 543}', 'minguo': f'民國{y - 1911}年{m}月{dd}日', 'tr': f'{dd} {MONTHS["tr"][M]} {y}',
     'pt': f'{dd} de {MONTHS["pt"][M]} de {y}', 'ca': f'{dd} {MONTHS["ca"][M]} de {y}', 'cy': f'{dd} {MONTHS["cy"][M]} {y}',
     'mt': f'{dd} ta\' {MONTHS["mt"][M]} {y}', 'sq': f'{dd} {MONTHS["sq"][M]} {y}', 'iso': f'{y}-{m:02d}-{dd:02d}',
     'hi': f'{dd:02d}/{m:02d}/{y}'.translate(DEVANAGARI_DIGITS), 'mdy/': f'{m:02d}/{dd:02d}/{y}', 'dmy-': f'{dd:02d}-{m:02d}-{y}',
     'kk': f'{dd:02d}.{m:02d}.{y} ж.', 'dmy ': f'{dd} {MONTHS["en"][M]} {y}',
    }
    return f[style]


# ---------------------------------------------------------------- national ids (check digits where they exist)
def nid_ee(rng, dob, sex, lt=False):
    y, m, d = dob
    g = (3 if y < 2000 else 5) + (1 if sex == 'f' else 0)
    while True:
        body = f'{g}{y % 100:02d}{m:02d}{d:02d}{digits(rng, 3)}'
        return body + ee_check(body)


def ee_check(body):
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]; w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    s = sum(int(a) * b for a, b in zip(body, w1)) % 11
    if s == 10:
        s = sum(int(a) * b for a, b in zip(body, w2)) % 11
        if s == 10:
            s = 0
    return str(s)


def oib_check(body):
    a = 10
    for ch in body:
        a = (a + int(ch)) % 10
        if a == 0:
            a = 10
        a = (a * 2) % 11
    c = 11 - a
    return '0' if c == 10 else str(c)


def nid_hr(rng, dob, sex):
    b = str(rng.randint(1, 9)) + digits(rng, 9)
    return b + oib_check(b)


def jmbg_check(b):
    a = [int(c) for c in b]
    s = 7 * (a[0] + a[6]) + 6 * (a[1] + a[7]) + 5 * (a[2] + a[8]) + 4 * (a[3] + a[9]) + 3 * (a[4] + a[10]) + 2 * (a[5] + a[11])
    k = 11 - s % 11
    return None if k == 10 else ('0' if k == 11 else str(k))


def nid_rs(rng, dob, sex):
    y, m, d = dob
    while True:
        seq = rng.randint(0, 499) if sex == 'm' else rng.randint(500, 999)
        b = f'{d:02d}{m:02d}{y % 1000:03d}{rng.choice(["71", "80", "21", "91"])}{seq:03d}'
        c = jmbg_check(b)
        if c:
            return b + c


def egn_check(b):
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    s = sum(int(a) * c for a, c in zip(b, w)) % 11
    return '0' if s == 10 else str(s)


def nid_bg(rng, dob, sex):
    y, m, d = dob
    mm = m + 40 if y >= 2000 else m
    r = rng.randint(0, 99) * 10 + (rng.choice([0, 2, 4, 6, 8]) if sex == 'm' else rng.choice([1, 3, 5, 7, 9]))
    b = f'{y % 100:02d}{mm:02d}{d:02d}{r:03d}'
    return b + egn_check(b)


def kt_check(b):
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(a) * c for a, c in zip(b, w)) % 11
    return None if r == 10 else ('0' if r == 11 else str(r))


def nid_is(rng, dob, sex):
    y, m, d = dob
    while True:
        b = f'{d:02d}{m:02d}{y % 100:02d}{rng.randint(20, 99):02d}'
        c = kt_check(b)
        if c:
            return f'{b[:6]}-{b[6:]}{c}{"9" if y < 2000 else "0"}'


def ean_check(b12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b12))
    return str((10 - s % 10) % 10)


def nid_ch(rng, dob, sex):
    b = '756' + digits(rng, 9)
    n = b + ean_check(b)
    return f'{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}'


TW_LET = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35, P=23, Q=24,
              R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)


def tw_ok(s):
    x = TW_LET[s[0]]
    tot = x // 10 + 9 * (x % 10) + sum(int(c) * w for c, w in zip(s[1:9], [8, 7, 6, 5, 4, 3, 2, 1])) + int(s[9])
    return tot % 10 == 0


def nid_tw(rng, dob, sex):
    L = rng.choice('ABFHKT')
    b = L + ('1' if sex == 'm' else '2') + digits(rng, 7)
    for c in '0123456789':
        if tw_ok(b + c):
            return b + c


def hkid_check(letters, dig):
    vals = ([36] if len(letters) == 1 else []) + [ord(ch) - 55 for ch in letters]
    s = sum(v * w for v, w in zip(vals, [9, 8])) + sum(int(c) * w for c, w in zip(dig, [7, 6, 5, 4, 3, 2]))
    r = (11 - s % 11) % 11
    return 'A' if r == 10 else str(r)


def nid_hk(rng, dob, sex):
    L = rng.choice('ACEGKPRYZ')
    dg = digits(rng, 6)
    return f'{L}{dg}({hkid_check(L, dg)})'


def th_check(b):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b)) % 11) % 10)


def nid_th(rng, dob, sex):
    b = str(rng.randint(1, 8)) + digits(rng, 11)
    n = b + th_check(b)
    return f'{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}'


def svnr_check(b):  # b: 9 digits without check (nnn + ddmmyy)
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    r = sum(int(c) * x for c, x in zip(b, w)) % 11
    return None if r == 10 else str(r)


def nid_at(rng, dob, sex):
    y, m, d = dob
    while True:
        n = f'{rng.randint(100, 999)}'
        c = svnr_check(n + f'{d:02d}{m:02d}{y % 100:02d}')
        if c:
            return f'{n}{c} {d:02d}{m:02d}{y % 100:02d}'


def lv_check(b):
    w = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    r = (1101 - sum(int(c) * x for c, x in zip(b, w))) % 11
    return None if r == 10 else str(r)


def nid_lv(rng, dob, sex):
    y, m, d = dob
    while True:
        b = f'{d:02d}{m:02d}{y % 100:02d}{1 if y < 2000 else 2}{digits(rng, 3)}'
        c = lv_check(b)
        if c:
            return f'{b[:6]}-{b[6:]}{c}'


def nid_pk(rng, dob, sex):
    last = rng.choice('13579' if sex == 'm' else '02468')
    return f'{rng.choice("34")}{digits(rng, 4)}-{digits(rng, 7)}-{last}'


def nid_eg(rng, dob, sex):
    y, m, d = dob
    g = rng.choice(['01', '02', '21', '88'])
    seq = digits(rng, 3) + rng.choice('13579' if sex == 'm' else '02468')
    return f'{2 if y < 2000 else 3}{y % 100:02d}{m:02d}{d:02d}{g}{seq}{rng.randint(1, 9)}'


def nid_in_pan(rng, dob, sex, surname='K'):
    s = deaccent(surname)[:1].upper() or 'K'
    return ''.join(rng.choice(string.ascii_uppercase) for _ in range(3)) + 'P' + s + digits(rng, 4) + rng.choice(string.ascii_uppercase)


def nid_ke(rng, dob, sex):
    return str(rng.randint(2, 3)) + digits(rng, 7)


def nid_co(rng, dob, sex):
    return '1' + digits(rng, 9)


def nid_pe(rng, dob, sex):
    return digits(rng, 8)


def nid_mt(rng, dob, sex):
    return digits(rng, 7) + rng.choice('MGAPLHBZ')


NID = dict(ke=nid_ke, co=nid_co, pe=nid_pe, mt=nid_mt, ee=nid_ee, lt=nid_ee, hr=nid_hr, rs=nid_rs, bg=nid_bg, is_=nid_is, ch=nid_ch, tw=nid_tw, hk=nid_hk, th=nid_th,
           at=nid_at, lv=nid_lv, pk=nid_pk, eg=nid_eg)

# ---------------------------------------------------------------- IBAN (mod-97, country length)
IBAN_FMT = {  # country: (length, bban pattern) a=letter n=digit c=alnum
 'LV': (21, 'aaaa' + 'c' * 13), 'BG': (22, 'aaaa' + 'nnnn' + 'nn' + 'c' * 8), 'RS': (22, 'n' * 18), 'SI': (19, 'n' * 15),
 'RO': (24, 'aaaa' + 'c' * 16), 'IS': (26, 'n' * 22), 'TR': (26, 'nnnnn' + '0' + 'c' * 16), 'UA': (29, 'n' * 6 + 'c' * 19),
 'BR': (29, 'n' * 8 + 'n' * 5 + 'n' * 10 + 'a' + 'c'), 'QA': (29, 'aaaa' + 'c' * 21), 'KW': (30, 'aaaa' + 'c' * 22),
 'JO': (30, 'aaaa' + 'nnnn' + 'c' * 18), 'BH': (22, 'aaaa' + 'c' * 14), 'EG': (29, 'n' * 25), 'MC': (27, 'n' * 10 + 'c' * 11 + 'nn'),
 'LI': (21, 'n' * 5 + 'c' * 12), 'AD': (24, 'n' * 8 + 'c' * 12), 'GI': (23, 'aaaa' + 'c' * 15), 'ME': (22, 'n' * 18),
 'MK': (19, 'nnn' + 'c' * 10 + 'nn'), 'BA': (20, 'n' * 16), 'AL': (28, 'n' * 8 + 'c' * 16), 'GE': (22, 'aa' + 'n' * 16),
 'AZ': (28, 'aaaa' + 'c' * 20), 'MD': (24, 'cc' + 'c' * 18), 'TN': (24, 'n' * 20), 'PK': (24, 'aaaa' + 'c' * 16), 'XK': (20, 'n' * 16),
 'FO': (18, 'n' * 14), 'KZ': (20, 'nnn' + 'c' * 13), 'MU': (30, 'aaaa' + 'n' * 19 + 'aaa'),
}
BANKCODES = ['HABA', 'PARX', 'UNLA', 'RIKO', 'TBCB', 'BAGA', 'NBAD', 'QNBA', 'KFHO', 'ARAB', 'BBKU', 'NWBK', 'IIIB', 'AIIB', 'MEZN', 'MCBL', 'BOMM', 'MPBL']


def iban_valid(s):
    s = s.replace(' ', '')
    if s[:2] not in IBAN_FMT or len(s) != IBAN_FMT[s[:2]][0]:
        return False
    r = s[4:] + s[:4]
    n = ''.join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(rng, cc, grouped=True):
    L, pat = IBAN_FMT[cc]
    bban = ''
    i = 0
    while i < len(pat):
        if pat[i:i + 4] == 'aaaa' and i == 0:
            bban += rng.choice(BANKCODES); i += 4; continue
        ch = pat[i]
        bban += (rng.choice(string.ascii_uppercase) if ch == 'a' else rng.choice(string.digits) if ch == 'n'
                 else ch if ch == '0' else rng.choice(string.ascii_uppercase + string.digits * 3))
        i += 1
    r = bban + cc + '00'
    n = ''.join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    s = f'{cc}{chk:02d}{bban}'
    assert iban_valid(s) and len(s) == L
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


# ---------------------------------------------------------------- cards
CARD_BRANDS = {
 'visa': (['4'], 16), 'mc': (['51', '53', '55', '2221', '2500', '2720'], 16), 'amex': (['34', '37'], 15),
 'elo': (['636368', '504175', '650031'], 16), 'troy': (['9792'], 16), 'hipercard': (['606282'], 16),
 'verve': (['506099', '650002'], 19), 'mir': (['2200', '2204'], 16), 'jcb': (['3528', '3589'], 16),
 'discover': (['6011', '65'], 16), 'unionpay': (['62'], 19), 'bccard': (['9440'], 16),
}


def make_card(rng, brand, sep=' '):
    pre, L = CARD_BRANDS[brand]
    p = rng.choice(pre)
    b = p + digits(rng, L - len(p) - 1)
    n = b + luhn_digit(b)
    if brand == 'amex':
        g = [n[:4], n[4:10], n[10:]]
    elif L == 19:
        g = [n[:4], n[4:8], n[8:12], n[12:16], n[16:]]
        if sep == '':
            return n
    else:
        g = [n[i:i + 4] for i in range(0, L, 4)]
    return sep.join(g)


def card_brand_ok(n):
    n = re.sub(r'[ -]', '', n)
    if not n.isdigit() or not luhn_ok(n):
        return False
    return any(n.startswith(p) and len(n) == L for pre, L in CARD_BRANDS.values() for p in pre)


# ---------------------------------------------------------------- SSN
def make_ssn(rng, sep='-'):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g = rng.randint(1, 99); s = rng.randint(1, 9999)
    return f'{a:03d}{sep}{g:02d}{sep}{s:04d}'


# ---------------------------------------------------------------- phones
def ph(rng, cc, intl):
    D = lambda n: digits(rng, n)
    P = {
     'ee': (f'5{D(3)} {D(4)}', '+372 {n}'), 'lv': (f'2{D(1)} {D(3)} {D(3)}', '+371 {n}'),
     'lt': (f'8 6{D(2)} {D(5)}', None), 'si': (f'041 {D(3)} {D(3)}', None), 'hr': (f'09{rng.choice("1258")} {D(3)} {D(4)}', None),
     'rs': (f'06{rng.choice("0345")} {D(3)} {D(4)}', None), 'bg': (f'088{rng.choice("789")} {D(3)} {D(3)}', None),
     'ua': (f'0{rng.choice(["67", "50", "93", "97"])} {D(3)} {D(2)} {D(2)}', None), 'is': (f'{rng.choice("678")}{D(2)} {D(4)}', '+354 {n}'),
     'mt': (f'79{D(2)} {D(4)}', '+356 {n}'), 'ch': (f'07{rng.choice("5689")} {D(3)} {D(2)} {D(2)}', None),
     'at': (f'0664 {D(7)}', None), 'pt': (f'9{rng.choice("1236")}{D(1)} {D(3)} {D(3)}', '+351 {n}'),
     'tr': (f'05{D(2)} {D(3)} {D(2)} {D(2)}', None), 'tw': (f'09{D(2)}-{D(3)}-{D(3)}', None), 'hk': (f'{rng.choice("569")}{D(3)} {D(4)}', '+852 {n}'),
     'in': (f'{rng.choice("9876")}{D(4)} {D(5)}', '+91 {n}'), 'pk': (f'03{D(2)} {D(7)}', None), 'eg': (f'01{rng.choice("0125")} {D(4)} {D(4)}', None),
     'ma': (f'06 {D(2)} {D(2)} {D(2)} {D(2)}', None), 'ke': (f'07{D(2)} {D(6)}', None), 'co': (f'3{D(2)} {D(7)}', '+57 {n}'),
     'pe': (f'9{D(2)} {D(3)} {D(3)}', '+51 {n}'), 'th': (f'0{rng.choice("689")}{D(1)} {D(3)} {D(4)}', None),
     'sa': (f'05{D(1)} {D(3)} {D(4)}', None), 'br': (f'({rng.choice(["11", "21", "31", "71"])}) 9{D(4)}-{D(4)}', None),
     'us': (f'{rng.choice(["412", "503", "614", "720", "919"])}.{rng.randint(201, 989)}.{D(4)}', '+1 {n}'),
    }
    nat, tmpl = P[cc]
    if not intl:
        return nat
    CC = dict(lt='+370', si='+386', hr='+385', rs='+381', bg='+359', ua='+380', ch='+41', at='+43', tr='+90', tw='+886',
              pk='+92', eg='+20', ma='+212', ke='+254', th='+66', sa='+966', br='+55')
    if cc == 'us':
        x, y, z = nat.split('.')
        return f'+1 ({x}) {y}-{z}'
    if tmpl:
        return tmpl.format(n=nat)
    n = nat
    if cc == 'lt':
        n = n[2:]
    elif cc == 'br':
        n = n.replace('(', '').replace(')', '')
    elif cc == 'tw':
        n = n[1:].replace('-', ' ')
    elif n.startswith('0'):
        n = n[1:]
    return f'{CC[cc]} {n}'


# ---------------------------------------------------------------- addresses: list of (text, type or None)
L_, PC_ = 'LOCATION', 'POSTAL_CODE'


def addr(rng, cc, sep=', '):
    D = lambda n: digits(rng, n)
    r = rng.randint
    c = rng.choice
    if cc == 'ee':
        city, pc = c([('Tallinn', '10' + D(3)), ('Tartu', '5' + D(4)), ('Pärnu', '80' + D(3))])
        return [(c(['Pärnu mnt', 'Narva mnt', 'Tartu mnt', 'Riia']) + f' {r(2, 140)}-{r(1, 60)}', L_), (sep, None), (pc, PC_), (' ', None), (city, L_)]
    if cc == 'lv':
        city = c(['Rīga', 'Liepāja', 'Jelgava'])
        return [(c(['Brīvības iela', 'Tērbatas iela', 'Krišjāņa Barona iela']) + f' {r(1, 120)}-{r(1, 40)}', L_), (sep, None), (city, L_), (sep, None), (f'LV-{r(1001, 3099)}', PC_)]
    if cc == 'lt':
        city = c(['Vilnius', 'Kaunas', 'Klaipėda'])
        return [(c(['Gedimino pr.', 'Laisvės al.', 'Savanorių pr.']) + f' {r(1, 90)}-{r(1, 30)}', L_), (sep, None), (f'LT-{D(5)}', PC_), (' ', None), (city, L_)]
    if cc == 'si':
        return [(c(['Slovenska cesta', 'Trubarjeva ulica', 'Celovška cesta']) + f' {r(1, 160)}', L_), (sep, None), (c(['1000', '2000', '6000']), PC_), (' ', None), (c(['Ljubljana', 'Maribor', 'Koper']), L_)]
    if cc == 'hr':
        city, pc = c([('Zagreb', '10000'), ('Split', '21000'), ('Rijeka', '51000')])
        return [(c(['Ilica', 'Vukovarska ulica', 'Ulica Ivana Gundulića']) + f' {r(1, 240)}', L_), (sep, None), (pc, PC_), (' ', None), (city, L_)]
    if cc == 'rs':
        city, pc = c([('Beograd', '11000'), ('Novi Sad', '21000'), ('Niš', '18000')])
        return [(c(['Knez Mihailova', 'Bulevar oslobođenja', 'Cara Dušana']) + f' {r(1, 120)}', L_), (sep, None), (pc, PC_), (' ', None), (city, L_)]
    if cc == 'bg':
        city, pc = c([('София', '1000'), ('Пловдив', '4000'), ('Варна', '9000')])
        return [(c(['ул. „Витоша“', 'бул. „Македония“', 'ул. „Шипка“']) + f' {r(1, 99)}', L_), (sep, None), (pc, PC_), (' ', None), (city, L_)]
    if cc == 'ua':
        city = c(['Київ', 'Львів', 'Одеса'])
        return [(c(['вул. Хрещатик', 'вул. Личаківська', 'просп. Шевченка']) + f', {r(1, 90)}, кв. {r(1, 120)}', L_), (sep, None), (city, L_), (sep, None), (f'0{r(1000, 9999)}', PC_)]
    if cc == 'is':
        city, pc = c([('Reykjavík', '101'), ('Kópavogur', '200'), ('Akureyri', '600')])
        return [(c(['Laugavegur', 'Hverfisgata', 'Skólavörðustígur']) + f' {r(1, 90)}', L_), (sep, None), (pc, PC_), (' ', None), (city, L_)]
    if cc == 'mt':
        city, pc = c([('Valletta', 'VLT'), ('Sliema', 'SLM'), ('Birkirkara', 'BKR')])
        return [(f'{r(1, 80)}, ' + c(['Triq il-Merkanti', 'Triq San Pawl', 'Triq il-Kbira']), L_), (sep, None), (city, L_), (' ', None), (f'{pc} {r(1000, 9999)}', PC_)]
    if cc == 'ch':
        city, pc = c([('Zürich', '80' + D(2)), ('Bern', '30' + D(2)), ('Lausanne', '100' + D(1))])
        return [(c(['Bahnhofstrasse', 'Seefeldstrasse', 'Rue de Bourg']) + f' {r(1, 90)}', L_), (sep, None), (pc, PC_), (' ', None), (city, L_)]
    if cc == 'at':
        return [(c(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse']) + f' {r(1, 140)}/{r(1, 9)}/{r(1, 30)}', L_), (sep, None), (f'1{r(1, 23):02d}0', PC_), (' ', None), ('Wien', L_)]
    if cc == 'pt':
        city = c(['Lisboa', 'Porto', 'Coimbra'])
        return [(c(['Rua Augusta', 'Rua de Santa Catarina', 'Avenida da Liberdade']) + f' {r(1, 300)}, {r(1, 7)}.º Esq.', L_), (sep, None), (f'{r(1000, 4999)}-{D(3)}', PC_), (' ', None), (city, L_)]
    if cc == 'tr':
        city = c(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])
        return [(c(['Bağdat Cad.', 'Atatürk Bulvarı', 'Kıbrıs Şehitleri Cad.']) + f' No:{r(1, 300)} D:{r(1, 20)}', L_), (sep, None), (f'{r(1, 81):02d}{D(3)}', PC_), (' ', None), (city, L_)]
    if cc == 'tw':
        return [(c(['106', '220', '300', '407']), PC_), (c(['台北市大安區忠孝東路四段', '新北市板橋區文化路一段', '新竹市東區光復路二段', '台中市西屯區台灣大道三段']) + f'{r(1, 300)}號{r(2, 18)}樓', L_)]
    if cc == 'hk':
        return [(f'Flat {r(1, 30)}{c("ABCDEF")}, {r(2, 40)}/F, ' + c(['Block 2, Kornhill', 'Tower 5, Metro City', 'Lok Fu Estate']), L_), (sep, None), (c(['Quarry Bay, Hong Kong Island', 'Tseung Kwan O, New Territories', 'Wong Tai Sin, Kowloon']), L_)]
    if cc == 'in':
        city = c(['Bengaluru', 'Pune', 'Kochi'])
        return [(f'Flat {r(101, 904)}, ' + c(['Sai Krupa Residency, 6th Cross, HSR Layout', 'Shanti Niketan Society, Baner Road', 'Kaloor-Kadavanthra Road']), L_), (sep, None), (city, L_), (' ', None), (f'{c("5674")}{D(5)}', PC_)]
    if cc == 'pk':
        return [(f'House {r(1, 300)}, Street {r(1, 60)}, ' + c(['F-7/2', 'G-11/3', 'DHA Phase 5']), L_), (sep, None), (c(['Islamabad', 'Lahore', 'Karachi']), L_), (' ', None), (f'{r(44, 75)}{D(3)}', PC_)]
    if cc == 'eg':
        return [(f'{r(1, 99)} ' + c(['Mohamed Mazhar St., Zamalek', 'Gameat El Dowal El Arabeya St., Mohandessin', 'Road 9, Maadi']), L_), (sep, None), (c(['Cairo', 'Giza']), L_), (' ', None), (f'1{D(4)}', PC_)]
    if cc == 'ma':
        city, pc = c([('Casablanca', '20' + D(3)), ('Rabat', '10' + D(3)), ('Marrakech', '40' + D(3))])
        return [(f'{r(1, 150)} ' + c(['Rue Ibn Batouta', 'Boulevard Zerktouni', 'Avenue Mohammed V']), L_), (sep, None), (pc, PC_), (' ', None), (city, L_)]
    if cc == 'ke':
        return [(c(['Argwings Kodhek Road, Kilimani', 'Ngong Road, Karen', 'Moi Avenue']) + f', Apt {r(1, 40)}', L_), (sep, None), (c(['Nairobi', 'Mombasa']), L_), (' ', None), (c(['00100', '00502', '80100']), PC_)]
    if cc == 'co':
        return [(f'Calle {r(10, 140)} # {r(1, 60)}-{r(1, 99)}, Apto {r(101, 1202)}', L_), (sep, None), (c(['Bogotá', 'Medellín', 'Cali']), L_), (' ', None), (f'{c(["11", "05", "76"])}{D(4)}', PC_)]
    if cc == 'pe':
        return [(c(['Av. José Larco', 'Jr. de la Unión', 'Av. Arequipa']) + f' {r(100, 2999)}, Dpto. {r(101, 1505)}', L_), (sep, None), (c(['Miraflores, Lima', 'Cercado de Lima', 'Cusco']), L_), (' ', None), (f'{c(["15", "08"])}0{D(2)}', PC_)]
    if cc == 'th':
        st, city, pc = c([('ซอยสุขุมวิท 24 แขวงคลองตัน เขตคลองเตย', 'กรุงเทพฯ', '10110'), ('ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมืองเชียงใหม่', 'เชียงใหม่', '50200')])
        return [(f'{r(1, 199)}/{r(1, 99)} ' + st, L_), (' ', None), (city, L_), (' ', None), (pc, PC_)]
    if cc == 'sa':
        return [(f'{r(1000, 9999)} ' + c(['King Fahd Rd, Al Olaya', 'Prince Sultan St, Al Rawdah', 'Tahlia St, Al Andalus']), L_), (sep, None), (c(['Riyadh', 'Jeddah']), L_), (' ', None), (f'{r(11, 23)}{D(3)}', PC_)]
    if cc == 'br':
        return [(c(['Rua Oscar Freire', 'Av. Sete de Setembro', 'Rua da Aurora']) + f', {r(10, 2000)}, apto {r(11, 1204)}', L_), (' - ', None), (c(['São Paulo - SP', 'Salvador - BA', 'Recife - PE']), L_), (sep, None), (f'{D(5)}-{D(3)}', PC_)]
    if cc == 'us':
        return [(f'{r(100, 9899)} ' + c(['Chestnut Ridge Rd', 'W Galena Blvd', 'Meridian St']) + f' Unit {r(1, 40)}', L_), (sep, None), (c(['Aurora, IL', 'Boise, ID', 'Tulsa, OK']), L_), (' ', None), (D(5), PC_)]
    raise KeyError(cc)


# ---------------------------------------------------------------- passports, driving licences (format only)
def passport(rng, cc):
    D = lambda n: digits(rng, n)
    U = lambda n: ''.join(rng.choice(string.ascii_uppercase) for _ in range(n))
    return {'at': lambda: rng.choice('PU') + D(7), 'ch': lambda: rng.choice('XS') + D(7), 'pt': lambda: rng.choice('CP') + D(6),
            'be': lambda: U(2) + D(6), 'is': lambda: 'A' + D(7), 'ee': lambda: 'K' + D(7), 'lt': lambda: D(8), 'lv': lambda: 'LV' + D(7),
            'hr': lambda: D(9), 'rs': lambda: D(9), 'bg': lambda: D(9), 'ua': lambda: U(2) + D(6), 'tw': lambda: '3' + D(8),
            'hk': lambda: 'K' + D(8), 'pk': lambda: U(2) + D(7), 'eg': lambda: 'A' + D(8), 'ma': lambda: U(2) + D(7),
            'co': lambda: 'AX' + D(6), 'pe': lambda: '1' + D(8), 'th': lambda: U(2) + D(7), 'mt': lambda: D(7), 'sa': lambda: U(1) + D(8),
            'ke': lambda: 'AK' + D(7), 'in': lambda: U(1) + D(7)}[cc]()


def licence(rng, kind):
    D = lambda n: digits(rng, n)
    U = lambda: rng.choice(string.ascii_uppercase)
    return {'ga': lambda: D(9), 'nc': lambda: '0000' + D(8), 'va': lambda: U() + D(2) + '-' + D(2) + '-' + D(4), 'co': lambda: D(2) + '-' + D(3) + '-' + D(4),
            'mn': lambda: U() + D(12), 'wi': lambda: f'{U()}{D(3)}-{D(4)}-{D(4)}-{D(2)}', 'md': lambda: f'{U()}-{D(3)}-{D(3)}-{D(3)}-{D(3)}',
            'hi': lambda: 'H' + D(8), 'ab': lambda: D(6) + '-' + D(3), 'bc': lambda: D(7), 'qc': lambda: U() + D(4) + '-' + D(6) + '-' + D(2),
            'qld': lambda: D(9), 'jp': lambda: D(12), 'ch': lambda: D(6) + '-' + D(3), 'hk': lambda: U() + D(6) + D(1), 'ie': lambda: D(3) + '-' + D(3) + '-' + D(3),
            'tw': lambda: U() + ('1' if rng.random() < .5 else '2') + D(8)}[kind]()


# ---------------------------------------------------------------- keys and secrets
B64 = string.ascii_letters + string.digits + '+/'
URLSAFE = string.ascii_letters + string.digits + '-_'
HEX = '0123456789abcdef'
B32 = string.ascii_uppercase + '234567'


def api_key(rng, kind):
    a = lambda n, al=string.ascii_letters + string.digits: alnum(rng, n, al)
    K = {
     'xoxp': lambda: f'xoxp-{digits(rng, 11)}-{digits(rng, 12)}-{digits(rng, 13)}-{a(32, HEX)}',
     'glrt': lambda: 'glrt-' + a(20, URLSAFE), 'sq0atp': lambda: 'sq0atp-' + a(22, URLSAFE), 'EAAG': lambda: 'EAAG' + a(180),
     'ghu': lambda: 'ghu_' + a(36), 'gho': lambda: 'gho_' + a(36), 'figd': lambda: 'figd_' + a(40, URLSAFE), 'ntn': lambda: 'ntn_' + a(46),
     'atatt': lambda: 'ATATT3xFfGF0' + a(180, URLSAFE) + '=' + a(8, '0123456789ABCDEF'), 'dp.st': lambda: 'dp.st.prd.' + a(43),
     'hvs': lambda: 'hvs.' + a(24), 'dckr': lambda: 'dckr_pat_' + a(27, URLSAFE), 'gsk': lambda: 'gsk_' + a(52), 'r8': lambda: 'r8_' + a(37),
     'pplx': lambda: 'pplx-' + a(48), 'xai': lambda: 'xai-' + a(80), 'nvapi': lambda: 'nvapi-' + a(64, URLSAFE),
     'sk-or': lambda: 'sk-or-v1-' + a(64, HEX), 'tvly': lambda: 'tvly-' + a(32), 'pcsk': lambda: 'pcsk_' + a(6) + '_' + a(64),
     'lsv2': lambda: 'lsv2_pt_' + a(32, HEX) + '_' + a(10, HEX), 'LTAI': lambda: 'LTAI5t' + a(18), 'AKID': lambda: 'AKID' + a(32),
     'sntrys': lambda: 'sntrys_eyJpYXQiOjE3' + a(60) + '_' + a(43), 'nfp': lambda: 'nfp_' + a(36), 'shpss': lambda: 'shpss_' + a(32, HEX),
     'pk_live': lambda: 'pk_live_51' + a(97), 'sk_test': lambda: 'sk_test_51' + a(97), 'SG': lambda: 'SG.' + a(22, URLSAFE) + '.' + a(43, URLSAFE),
     'cf': lambda: a(40, URLSAFE), 'fw': lambda: 'fw_' + a(24), 'mapbox': lambda: 'pk.eyJ1Ijoi' + a(40) + '.' + a(22, URLSAFE),
     'ops': lambda: 'ops_eyJzaWduSW5BZGRyZXNzIjoi' + a(120), 'glcbt': lambda: 'glcbt-64_' + a(20, URLSAFE),
     'bearer': lambda: a(48, URLSAFE), 'xkeysib': lambda: 'xkeysib-' + a(64, HEX) + '-' + a(16),
     'jwt': lambda: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + a(rng.randint(60, 110), URLSAFE) + '.' + a(43, URLSAFE),
     'azure_sas': lambda: 'sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2027-01-31T00:00:00Z&sig=' + a(44, B64).replace('+', '%2B').replace('/', '%2F') + '%3D',
    }
    return K[kind]()


def secret(rng, kind):
    a = lambda n, al=string.ascii_letters + string.digits: alnum(rng, n, al)
    words = 'harbor velvet quartz mango lantern pepper willow ember cobalt tundra violin saddle orbit fennel marble canyon'.split()
    S = {
     'pw': lambda: rng.choice(['Kuu', 'Tiger', 'Sarkans', 'Baltas', 'Zvezda', 'Ocean', 'Limon', 'Padam']) + rng.choice(['!', '#', '_', '@', '$', '.']) + digits(rng, rng.randint(2, 4)) + rng.choice(['x', 'Q', 'kk', '']),
     'pw2': lambda: a(rng.randint(12, 18), string.ascii_letters + string.digits + '!#%&*+-=?@^_'),
     'phrase': lambda: '-'.join(rng.sample(words, 4)),
     'wg': lambda: a(43, B64) + '=', 'totp': lambda: ' '.join(a(4, B32) for _ in range(8)),
     'bitlocker': lambda: '-'.join(f'{rng.randint(0, 65535) * 11:06d}'[:6] for _ in range(8)),
     'django': lambda: 'django-insecure-' + a(50, string.ascii_lowercase + string.digits + '!@#$%^&*(-_=+)'),
     'rails': lambda: a(128, HEX), 'kubekey': lambda: 'LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0t' + a(160, B64) + '==',
     'pgp': lambda: '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGV' + a(60, B64) + '\n' + a(64, B64) + '\n' + a(64, B64) + '\n=' + a(4, B64) + '\n-----END PGP PRIVATE KEY BLOCK-----',
     'recovery': lambda: '  '.join(f'{a(5, string.ascii_lowercase + string.digits)}-{a(5, string.ascii_lowercase + string.digits)}' for _ in range(4)),
     'seed': lambda: ' '.join(rng.sample('abandon bridge crystal daring eager fabric galaxy harvest inmate jungle kitten ladder meadow napkin oyster pulse quantum rival salmon tackle unveil vessel wander zebra'.split(), 12)),
     'jks': lambda: 'chg' + a(10) + '!', 'pin': lambda: digits(rng, 6), 'hex32': lambda: a(64, HEX),
     'vapid': lambda: a(43, URLSAFE), 'smtp': lambda: a(16, string.ascii_lowercase),
    }
    return S[kind]()


def ip4(rng, kind='pub'):
    if kind == 'priv':
        return rng.choice([f'10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}', f'192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}',
                           f'172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}'])
    while True:
        a = rng.randint(11, 223)
        if a not in (127, 169, 172, 192, 100, 198, 203):
            return f'{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}'


def ip6(rng):
    g = [f'{rng.randint(1, 0xffff):x}' for _ in range(4)]
    return rng.choice([f'2a02:{g[0]}:{g[1]}::{g[2]}', f'2001:41d0:{g[0]}:{g[1]}::{g[3]}', f'fd12:{g[0]}:{g[1]}:{g[2]}::1', f'2400:cb00:{g[0]}::{g[1]}:{g[2]}'])


ORGS = ['Baltic Timber Works OÜ', 'Daugava Freight SIA', 'Nemunas Agro UAB', 'Jadran Pomorstvo d.o.o.', 'Vitosha Clinics EOOD',
        'Dnipro Softworks LLC', 'Hekla Geothermal ehf.', 'Melita Marine Ltd', 'Aare Treuhand AG', 'Donau Praxisgemeinschaft OG',
        'Ribeira Seguros S.A.', 'Bosphorus Lojistik A.Ş.', 'Formosa Precision Co., Ltd.', 'Harbourfront Property Management Ltd',
        'Deccan Fintech Pvt. Ltd.', 'Indus Textile Mills (Pvt) Ltd', 'Nile Delta Pharma S.A.E.', 'Atlas Médical SARL',
        'Savannah Mobile Ltd', 'Andes Minería S.A.C.', 'Cafetera del Quindío S.A.S.', 'Chao Phraya Hospital', 'Najd Contracting Co.',
        'Riverside Community School', 'Kestrel Lane Veterinary Practice', 'Ulaanbaatar Cashmere LLC', 'Steppe Grain TOO',
        'Tashkent Cotton JSC', 'Antananarivo Micro-Crédit', 'Cymru Housing Association', 'Banka Intesa', 'Erste Bank',
        'Garanti BBVA', 'Bancolombia', 'Raiffeisen', 'Emirates NBD', 'Kaspi Bank', 'Halyk Bank', 'Monobank', 'Swisscom']
EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'proton.me', 'inbox.lv', 'mail.ee', 'abv.bg', 'ukr.net', 'yahoo.com.tw', 'hotmail.co.th',
                 'seznam.cz', 'gmx.ch', 'sapo.pt', 'yandex.kz', 'icloud.com', 'mail.bg', 'rediffmail.com', 'netvigator.com']
COMPANY_DOMAINS = ['balticwood.ee', 'daugava-freight.lv', 'jadran-pomorstvo.hr', 'hekla-geo.is', 'aare-treuhand.ch', 'bosphorus-loj.com.tr',
                   'formosa-precision.com.tw', 'deccanfin.in', 'atlas-medical.ma', 'andes-mineria.pe', 'kestrel-vets.co.uk', 'nilepharma.com.eg']


def email_for(rng, p, company=False):
    g, s = p.ascii_parts()
    dom = rng.choice(COMPANY_DOMAINS if company else EMAIL_DOMAINS)
    local = rng.choice([f'{g}.{s}', f'{g[0]}{s}', f'{g}_{s}{rng.randint(1, 99)}', f'{s}.{g}', f'{g}{rng.randint(70, 2009)}', f'{g}-{s[:3]}'])
    return f'{local}@{dom}'


def rand_email(rng):
    return rng.choice(['kontakt', 'ops-alerts', 'billing', 'info', 'noreply', 'hr']) + '@' + rng.choice(COMPANY_DOMAINS)


def url(rng, kind, p=None):
    a = lambda n: alnum(rng, n, string.ascii_letters + string.digits)
    g, s = p.ascii_parts() if p else ('user', 'x')
    U = {
     'share': lambda: f'https://drive.google.com/file/d/1{a(32)}/view?usp=sharing',
     'cal': lambda: f'https://calendly.com/{g}-{s}/30min',
     'profile': lambda: f'https://www.linkedin.com/in/{g}-{s}-{a(6).lower()}/',
     'reset': lambda: f'https://id.{rng.choice(COMPANY_DOMAINS)}/reset?token={a(40)}',
     'meet': lambda: f'https://meet.jit.si/{g}{s}-{a(8).lower()}',
     'api': lambda: f'https://api.{rng.choice(COMPANY_DOMAINS)}/v2/',
     'internal': lambda: f'http://{ip4(rng, "priv")}:{rng.choice([8080, 9000, 3000, 8443])}/admin',
     'track': lambda: f'https://track.{rng.choice(COMPANY_DOMAINS)}/p/{a(12)}',
     'invite': lambda: f'https://{rng.choice(["t.me/+", "chat.whatsapp.com/"])}{a(22)}',
     'github': lambda: f'https://github.com/{g}{s[:3]}/dotfiles',
     'pay': lambda: f'https://buy.stripe.com/{a(14).lower()}',
     'k8s': lambda: f'https://{ip4(rng, "priv")}:6443',
     'atl': lambda: f'https://{g}{s[:3]}.atlassian.net/rest/api/3/myself',
     'doc': lambda: f'https://docs.google.com/document/d/1{a(40)}/edit',
    }
    return U[kind]()


# ---------------------------------------------------------------- renderer
TOKEN = re.compile(r'⟦([^⟧]+)⟧')
TYPES = ['PERSON', 'LOCATION', 'POSTAL_CODE', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH', 'NATIONAL_ID', 'IBAN', 'CREDIT_CARD', 'SSN',
         'DRIVER_LICENSE', 'PASSPORT', 'IP_ADDRESS', 'URL', 'API_KEY', 'SECRET', 'ORG', 'MEDICAL']


def typo(rng, name):
    if len(name) < 5:
        return name + name[-1]
    i = rng.randint(1, len(name) - 3)
    return name[:i] + name[i + 1] + name[i] + name[i + 2:]


class Ctx:
    def __init__(self, rng, pools):
        self.rng = rng
        self.pools = pools
        self.people = {}
        self.used = set()
        self.vals = {}
        self.dob = None

    def person(self, k, pool=None):
        if k not in self.people:
            pool = pool or self.pools[(int(k) - 1) % len(self.pools)]
            self.people[k] = Person(self.rng, pool, self.used)
        return self.people[k]

    def dob_for(self, k):
        key = 'dob' + k
        if key not in self.vals:
            r = self.rng
            y = r.choice([r.randint(1948, 1999), r.randint(1960, 2006)])
            self.vals[key] = (y, r.randint(1, 12), r.randint(1, 28))
        return self.vals[key]


def seg_token(ctx, tok):
    """Return a list of (text, type) segments for a token."""
    rng = ctx.rng
    parts = tok.split(':')
    k = parts[0]
    arg = parts[1] if len(parts) > 1 else ''
    arg2 = parts[2] if len(parts) > 2 else ''
    m = re.fullmatch(r'p(\d)(?:@(\w+))?(?:\.(\w+))?', k)
    if m:
        p = ctx.person(m.group(1), m.group(2))
        f = m.group(3) or 'full'
        P = 'PERSON'
        if f == 'full': return [(p.full, P)]
        if f == 'g': return [(p.g, P)]
        if f == 's': return [(p.s, P)]
        if f == 'lat': return [(p.latin, P)]
        if f == 'lg': return [(p.full.lower() if not CJK_RE.search(p.full) else p.full, P)]
        if f == 'gl': return [(p.g.lower(), P)]
        if f == 'U': return [(p.full.upper(), P)]
        if f == 'SU': return [(p.s.upper(), P)]
        if f == 'sg': return [(p.s, P), (', ', None), (p.g, P)]
        if f == 'ini': return [(p.g[0] + '.', None), (' ', None), (p.s, P)]
        if f == 'gt':
            key = 'typo' + m.group(1)
            if key not in ctx.vals: ctx.vals[key] = typo(rng, p.g)
            return [(ctx.vals[key], P)]
        if f == 'h':  # handle built from the name
            g, s = p.ascii_parts()
            key = 'h' + m.group(1)
            if key not in ctx.vals: ctx.vals[key] = rng.choice(['_', '.', '-']) + str(rng.randint(7, 99))
            return [(g, P), (ctx.vals[key], None)]
        if f == 'email': return [(email_for(rng, p), 'EMAIL')]
        if f == 'cemail': return [(email_for(rng, p, True), 'EMAIL')]
        if f == 'dob': return [(fmt_dob(ctx.dob_for(m.group(1)), arg or 'dmy.'), 'DATE_OF_BIRTH')]
        if f == 'nid':
            fn = NID[arg]
            if arg == 'pk' or arg == 'eg':
                return [(fn(rng, ctx.dob_for(m.group(1)), p.sex), 'NATIONAL_ID')]
            return [(fn(rng, ctx.dob_for(m.group(1)), p.sex), 'NATIONAL_ID')]
        if f == 'pan': return [(nid_in_pan(rng, None, p.sex, p.sl), 'NATIONAL_ID')]
        if f in ('url',): return [(url(rng, arg, p), 'URL')]
        raise KeyError(tok)
    if k == 'ph': return [(ph(rng, arg, False), 'PHONE')]
    if k == 'phi': return [(ph(rng, arg, True), 'PHONE')]
    if k == 'phc':  # compact E.164
        return [(ph(rng, arg, True).replace(' ', '').replace('-', ''), 'PHONE')]
    if k == 'addr': return addr(rng, arg, arg2.replace('NL', '\n') if arg2 else ', ')
    if k == 'street': return [addr(rng, arg)[0]]
    if k == 'city':
        segs = [s for s in addr(rng, arg) if s[1] == 'LOCATION']
        return [segs[-1]]
    if k == 'iban': return [(make_iban(rng, arg, arg2 != 'c'), 'IBAN')]
    if k == 'cc': return [(make_card(rng, arg, {'s': ' ', 'd': '-', 'n': ''}.get(arg2, ' ')), 'CREDIT_CARD')]
    if k == 'ssn': return [(make_ssn(rng, {'s': ' ', 'n': ''}.get(arg, '-')), 'SSN')]
    if k == 'pp': return [(passport(rng, arg), 'PASSPORT')]
    if k == 'dl': return [(licence(rng, arg), 'DRIVER_LICENSE')]
    if k == 'ip': return [(ip4(rng, arg or 'pub'), 'IP_ADDRESS')]
    if k == 'ip6': return [(ip6(rng), 'IP_ADDRESS')]
    if k == 'url': return [(url(rng, arg), 'URL')]
    if k == 'key': return [(api_key(rng, arg), 'API_KEY')]
    if k == 'sec': return [(secret(rng, arg), 'SECRET')]
    if k == 'org': return [(rng.choice(ORGS) if not arg else arg, 'ORG')]
    if k == 'email': return [(rand_email(rng), 'EMAIL')]
    if k == 'med': return [(arg, 'MEDICAL')]
    if k == 'loc': return [(arg, 'LOCATION')]
    if k == 'dobx': return [(arg, 'DATE_OF_BIRTH')]
    # unlabelled fillers
    if k == 'n': return [(digits(rng, int(arg)), None)]
    if k == 'N': return [(str(rng.randint(int(arg), int(arg2))), None)]
    if k == 'x': return [(alnum(rng, int(arg), HEX), None)]
    if k == 'A': return [(alnum(rng, int(arg), string.ascii_uppercase + string.digits), None)]
    if k == 'c': return [(rng.choice(arg.split('|')), None)]
    if k == 'date': return [(f'{rng.randint(2025, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}', None)]
    if k == 'hm': return [(f'{rng.randint(6, 22):02d}:{rng.choice(["00", "15", "30", "45", "05", "50"])}', None)]
    if k == 'amt': return [(f'{rng.randint(12, 4800)}.{rng.randint(0, 99):02d}', None)]
    raise KeyError(tok)


def render(ctx, tmpl):
    """Turn a template into (text, entities) with UTF-16 offsets."""
    segs = []
    pos = 0
    for m in TOKEN.finditer(tmpl):
        if m.start() > pos:
            segs.append((tmpl[pos:m.start()], None))
        segs.extend(seg_token(ctx, m.group(1)))
        pos = m.end()
    segs.append((tmpl[pos:], None))
    text = ''
    ents = []
    u16 = 0
    for s, t in segs:
        n = len(s.encode('utf-16-le')) // 2
        if t:
            ents.append({'type': t, 'start': u16, 'end': u16 + n, 'text': s})
        text += s
        u16 += n
    return text, ents
