using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Values whose field name says what they are: a form line (<c>Nome e cognome: Abdirahman Rocha</c>,
/// <c>Geburtsdatum = 11/05/1988</c>), a log or JSON key (<c>full_name="Ratna Hamdan"</c>, <c>city=Nagoya</c>,
/// <c>"tax_id":"…"</c>), the cells of a CSV, TSV or Markdown table under a column header (<c>name,BSN,city</c>), and
/// the values of an SQL <c>INSERT</c> under its columns.
/// There the value itself is often too plain to tell (a surname on no list, a town, eight digits), and the field name,
/// in whatever language, is the only context: the v2 check's identity numbers, birth dates and postal codes leaked
/// mostly from tables. A value counts only if it looks like its type (a name has a word that is not an everyday
/// English word and a capital, since a bare "name" column may list products; an identity number has digits), so
/// <c>Owner: Platform Team</c> stays. Thread-safe.
/// </summary>
public sealed partial class FieldValueDetector : IEntityDetector
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => ["PERSON", "LOCATION", "ADDRESS", "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE", "DATE_OF_BIRTH", "PHONE", "POSTAL_CODE"];

    /// <summary>The entity type a field name announces, or null (<c>"Full name"</c> → PERSON, <c>plz</c> → POSTAL_CODE).</summary>
    public static string? TypeOf(string field)
    {
        var name = field.Trim().Trim('"', '\'', '*', '#', '-', '.', ' ').Replace('_', ' ').Replace('-', ' ').ToLowerInvariant();
        // A field's name is a few words ("nom et prénom", "número de la seguridad social"); a sentence before a colon
        // ("can you summarise this paragraph for me: …") is none, and the long pattern below need not read it.
        if (name.Length is 0 or > 48 || name.AsSpan().Count(' ') > 5)
        {
            return null;
        }

        if (!name.Any(char.IsLetter) || Field().Match(name) is not { Success: true } match)
        {
            return null;
        }

        foreach (var (group, type) in FieldTypes)
        {
            if (match.Groups[group].Success)
            {
                return type;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        List<EntityMatch>? found = null;
        void Add(string? type, int start, int end)
        {
            while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '"' or '\''))
            {
                start++;
            }

            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '\'' or ',' or ';' or '.'))
            {
                end--;
            }

            if (type is not null && end > start && Looks(type, text.AsSpan(start, end - start)))
            {
                (found ??= []).Add(new EntityMatch(type, start, end - start, text[start..end]));
            }
        }

        KeyValues(text, Add);
        Table(text, Add);
        SqlInserts(text, Add);
        return (IEnumerable<EntityMatch>?)found ?? [];
    }

    /// <summary><c>key: value</c> and <c>key=value</c>: the key is the token before the sign, or the whole line before it when it starts the line.</summary>
    private static void KeyValues(string text, Action<string?, int, int> add)
    {
        for (var sign = text.AsSpan().IndexOfAny(':', '=', '：'); sign >= 0;)
        {
            var (lineKey, tokenKey) = KeyStart(text, sign);
            var keyEnd = sign;
            while (keyEnd > tokenKey && text[keyEnd - 1] is ' ' or '\t' or '"' or '\'')
            {
                keyEnd--;
            }

            // The line's words before the sign ("Nome e cognome:"), else the last token ("... kyc: mismatch name=").
            var type = (lineKey < tokenKey ? TypeOf(text[lineKey..keyEnd]) : null) ?? (keyEnd > tokenKey ? TypeOf(text[tokenKey..keyEnd]) : null);
            if (type is not null)
            {
                var (start, end) = ValueAfter(text, sign + 1, type);
                add(type, start, end);
            }

            var next = text.AsSpan(sign + 1).IndexOfAny(':', '=', '：');
            sign = next < 0 ? -1 : sign + 1 + next;
        }
    }

    /// <summary>Where the key before <paramref name="sign"/> starts: as the whole line before it (or the token's start when the line holds more than words), and as its last token.</summary>
    private static (int Line, int Token) KeyStart(string text, int sign)
    {
        var i = sign;
        while (i > 0 && text[i - 1] is ' ' or '\t' or '"' or '\'')
        {
            i--;
        }

        var tokenStart = i;
        while (tokenStart > 0 && sign - tokenStart < 48 && (char.IsLetterOrDigit(text[tokenStart - 1]) || text[tokenStart - 1] is '_' or '-' or '.' or 'º' or '°' or '#' or '/'))
        {
            tokenStart--;
        }

        var lineStart = i;
        while (lineStart > 0 && sign - lineStart < 48 && text[lineStart - 1] is not ('\n' or '\r' or '{' or ',' or ';' or '"' or '|' or '\t' or ':' or '=' or '：'))
        {
            lineStart--;
        }

        var atLineStart = lineStart == 0 || text[lineStart - 1] is '\n' or '\r' or '{' or ',' or '"' or '|' or '\t' or ';';
        while (lineStart < i && char.IsWhiteSpace(text[lineStart]))
        {
            lineStart++;
        }

        return (atLineStart && lineStart < tokenStart ? lineStart : tokenStart, tokenStart);
    }

    /// <summary>The value after a sign: a quoted string, or up to the line's end (an address may hold commas; other values end at a comma, a semicolon or a field separator).</summary>
    private static (int Start, int End) ValueAfter(string text, int from, string type)
    {
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i < text.Length && text[i] is '"' or '\'')
        {
            var close = text.IndexOf(text[i], i + 1);
            return close > i && close - i <= 120 ? (i + 1, close) : (i, i);
        }

        var end = i;
        var limit = Math.Min(text.Length, i + 120);
        while (end < limit && text[end] is not ('\n' or '\r' or '|' or '\t' or '&' or '}') && !(text[end] is ',' or ';' && type != "ADDRESS")
            && !(text[end] == ' ' && text[from - 1] == '=' && type != "ADDRESS"))
        {
            end++;
        }

        return (i, end);
    }

    /// <summary>A table: a header line of two or more cells split by tabs, <c>|</c>, <c>;</c> or commas, then rows split the same way.</summary>
    private static void Table(string text, Action<string?, int, int> add)
    {
        var firstEnd = text.IndexOf('\n');
        if (firstEnd < 0)
        {
            return;
        }

        // The header is the first line that has a separator (a title line may come before it).
        var lineStart = 0;
        for (var tries = 0; tries < 3 && lineStart < text.Length; tries++)
        {
            var lineEnd = text.IndexOf('\n', lineStart) is var e and >= 0 ? e : text.Length;
            var header = text.AsSpan(lineStart, lineEnd - lineStart);
            var separator = header.Contains('\t') ? '\t' : header.Contains('|') ? '|' : header.Contains(';') ? ';' : header.Contains(',') ? ',' : '\0';
            if (separator != '\0')
            {
                var types = Cells(text, lineStart, lineEnd, separator).Select(c => TypeOf(text[c.Start..c.End])).ToList();
                if (types.Count >= 2 && types.Any(t => t is not null))
                {
                    Rows(text, lineEnd + 1, separator, types, add);
                }

                return;
            }

            lineStart = lineEnd + 1;
        }
    }

    private static void Rows(string text, int from, char separator, List<string?> types, Action<string?, int, int> add)
    {
        var lineStart = from;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart) is var e and >= 0 ? e : text.Length;
            var cells = Cells(text, lineStart, lineEnd, separator);
            if (cells.Count == types.Count)
            {
                for (var c = 0; c < cells.Count; c++)
                {
                    add(types[c], cells[c].Start, cells[c].End);
                }
            }
            else if (cells.Count < 2 && lineEnd > lineStart)
            {
                return; // the table ended
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The cells of a line (Markdown's outer pipes dropped).</summary>
    private static List<(int Start, int End)> Cells(string text, int start, int end, char separator)
    {
        var cells = new List<(int, int)>();
        var span = text.AsSpan(start, end - start).TrimEnd('\r');
        var trimmedEnd = start + span.Length;
        if (separator == '|')
        {
            var t = span.Trim();
            if (t.StartsWith('|'))
            {
                start = text.IndexOf('|', start) + 1;
            }

            if (t.EndsWith('|'))
            {
                trimmedEnd = text.LastIndexOf('|', trimmedEnd - 1);
            }
        }

        var cellStart = start;
        for (var i = start; i <= trimmedEnd; i++)
        {
            if (i == trimmedEnd || text[i] == separator)
            {
                cells.Add((cellStart, i));
                cellStart = i + 1;
            }
        }

        return cells;
    }

    /// <summary>
    /// Whether a value is written as a name is: with a capital letter in scripts that have them ("Tóth Zoltán",
    /// "Алексей Волков", "Δημήτρης"), or wholly in a script without capitals ("高橋翔", "김하은", "محمد").
    /// </summary>
    private static bool Capitalised(ReadOnlySpan<char> value) =>
        NameCueDetector.Cases(value) is var (upper, lower) && (upper || (!lower && value.ContainsAnyExcept(" .-'’")));

    /// <summary>Whether a value looks like its field's type.</summary>
    private static bool Looks(string type, ReadOnlySpan<char> value)
    {
        var digits = 0;
        var letters = 0;
        foreach (var c in value)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
            letters += char.IsLetter(c) ? 1 : 0;
        }

        var words = value.Count(' ') + 1;
        return type switch
        {
            "PERSON" => digits == 0 && words <= 5 && Capitalised(value) && value.Length <= 60 && !value.Contains('@') && NameCueDetector.HasNameWord(value),
            "LOCATION" => digits == 0 && words <= 4 && letters >= 2 && value.Length <= 40 && (char.IsUpper(value[0]) || NameCueDetector.HasNameWord(value)), // "Cork" and "Bologna" are words too
            "ADDRESS" => letters >= 3 && value.Length is >= 6 and <= 120 && !value.Contains('@'),
            "NATIONAL_ID" or "PASSPORT" or "DRIVER_LICENSE" => digits >= 3 && value.Length <= 32 && words <= 6,
            "DATE_OF_BIRTH" => digits >= 2 && value.Length <= 30 && words <= 4,
            "PHONE" => digits >= 7 && value.Length <= 30 && letters <= 4,
            "POSTAL_CODE" => digits >= 3 && value.Length <= 10,
            _ => false,
        };
    }

    private const int TimeoutMs = PatternDetector.MatchTimeoutMs;

    /// <summary>Every field name at once, one group per type, in the order of precedence (a "name" field is a person's before anything else).</summary>
    [GeneratedRegex("^(?:" + "(?<PERSON>" + PersonField + ")" + "|" + "(?<NATIONALID>" + IdField + ")" + "|" + "(?<PASSPORT>" + PassportField + ")" + "|" + "(?<DRIVERLICENSE>" + LicenceField + ")" + "|" + "(?<DATEOFBIRTH>" + BirthField + ")" + "|" + "(?<ADDRESS>" + AddressField + ")" + "|" + "(?<POSTALCODE>" + PostalField + ")" + "|" + "(?<LOCATION>" + CityField + ")" + "|" + "(?<PHONE>" + PhoneField + ")" + ")$", RegexOptions.None, TimeoutMs)]
    private static partial Regex Field();

    private static readonly (string Group, string Type)[] FieldTypes =
    [
        ("PERSON", "PERSON"),
        ("NATIONALID", "NATIONAL_ID"),
        ("PASSPORT", "PASSPORT"),
        ("DRIVERLICENSE", "DRIVER_LICENSE"),
        ("DATEOFBIRTH", "DATE_OF_BIRTH"),
        ("ADDRESS", "ADDRESS"),
        ("POSTALCODE", "POSTAL_CODE"),
        ("LOCATION", "LOCATION"),
        ("PHONE", "PHONE"),
    ];

    private const string PersonField = @"(?:full|first|last|given|family|middle|maiden|sur|fore|customer|client|employee|patient|contact|account|card|cardholder|guest|passenger|student|applicant|holder|recipient|sender|display|legal|real|person|traveller|traveler|owner|manager|child|parent|spouse|emergency contact|beneficiary|tenant|landlord)\s?names?|name|names|surname|given names?|surname/given names|vorname|nachname|familienname|nom|pr[ée]nom|nom et pr[ée]nom|nom complet|nombre|nombre completo|apellidos?|nome|cognome|nome e cognome|nome completo|naam|voornaam|achternaam|imi[ęe]|nazwisko|imi[ęe] i nazwisko|customer|employee|holder|account holder|cardholder|card holder|passenger|guest|recipient|applicant|assignee|attendee|contact person|beneficiary|tenant|namn|navn|nimi|n[ée]v|teljes n[ée]v|jm[ée]no|p[řr][íi]jmen[íi]|jm[ée]no a p[řr][íi]jmen[íi]|meno|priezvisko|meno a priezvisko|nume|prenume|nume complet|nume [șs]i prenume|ad soyad|ad[ıi] soyad[ıi]|soyad[ıi]?|isim|имя|фамилия|фио|отчество|имя и фамилия|ім'я|прізвище|όνομα|επώνυμο|ονοματεπώνυμο|氏名|名前|お名前|姓名|名字|이름|성명|الاسم|שם|नाम|ชื่อ|nama|nama lengkap|h[ọo] t[êe]n|h[ọo] v[àa] t[êe]n|fornavn|efternavn|etternavn|f[öo]rnamn|efternamn|etunimi|sukunimi|nafn|ime|prezime|ime i prezime|vardas|pavard[ėe]|v[āa]rds|uzv[āa]rds|client|cliente|klient|patient|child|parent|guardian|father|mother|enfant|p[èe]re|m[èe]re|name des kindes|erziehungsberechtigte?r?|ni[ñn]o|ni[ñn]a|padre|madre|alumno|alumna|aluno|aluna|[ée]l[èe]ve|leerling|studente|d[íi]t[ěe]|z[áa]konn[ýy] z[áa]stupce|ребёнок|ребенок|родитель|мать|отец|дитина|батько|мати|שם מלא|שם פרטי|שם משפחה|الاسم الكامل|نام|نام و نام خانوادگی|पूरा नाम|छात्र का नाम|अभिभावक";

    private const string IdField = @"national id(?: number| no)?|national identity number|national insurance(?: number| no)?|ni (?:number|no)|nino|nin|ssn|social security(?: number| no)?|sin|social insurance(?: number| no)?|tax ?id|tin|tfn|tax file number|bsn|burgerservicenummer|pesel|cpf|cpf n[º°o]|dni|nie|nif|curp|rfc|aadhaa?r(?: no| number)?|uid|pan|pan card|codice fiscale|cod fiscale|c\.f|steuer ?id|steuerliche identifikationsnummer|idnr|identifikationsnummer|personalausweis(?:nummer)?|ausweisnummer|ausweis nr|personnummer|ahv(?: nr| number)?|avs|nir|insee|num[ée]ro de s[ée]curit[ée] sociale|n[º°] de s[ée]cu|id(?: number| no| nr| card)?|id card number|sa id|resident id|identity number|identification number|documento de identidad|n[úu]mero de identidad|rg|cpr|hetu|nric|f[øo]dselsnummer|amka|αμκα|cnp|cod numeric personal|nik|nomor induk kependudukan|ktp|no ktp|teudat zehut|תעודת זהות|身份证号码|身份证号|身份證號碼|マイナンバー|個人番号|주민등록번호|주민번호|снилс|инн|tc kimlik no|tc kimlik|kimlik no|rodn[ée] [čc][íi]slo|szem[ée]lyi sz[áa]m|henkil[öo]tunnus|kennitala|emso|jmbg|oib|egn|[єе]гн|cccd|số cccd|rut|rol [úu]nico tributario|cuit|cuil|c[ée]dula(?: de identidad| de ciudadan[íi]a)?|dui";

    private const string PassportField = @"passport(?: number| no| nr| #)?|passeport|n[º°] de passeport|num[ée]ro de passeport|pasaporte|n[úu]mero de pasaporte|passaporto(?: n)?|reisepass(?:nummer)?|paspoort(?:nummer)?|pp(?: no)?|travel document(?: number| no)?|pasport|no\. pasport|no pasport|nomor paspor|paspor|pasaport(?: no)?|cestovn[íi] pas|[úu]tlev[ée]l(?:sz[áa]m)?|pa[șs]aport|passi|passinumero|passnummer|h[ộo] chi[ếe]u|s[ốo] h[ộo] chi[ếe]u|паспорт|номер паспорта|διαβατήριο|αριθμός διαβατηρίου|护照号码|护照号|护照|護照號碼|旅券番号|パスポート番号|여권번호|여권 번호|جواز السفر|رقم جواز السفر|דרכון|מספר דרכון|पासपोर्ट|पासपोर्ट नंबर|หนังสือเดินทาง";

    private const string LicenceField = @"driver'?s? licen[cs]e(?: number| no| #)?|driving licen[cs]e(?: number| no)?|dl(?: number| no| #)?|licen[cs]e(?: number| no)|f[üu]hrerschein(?:nummer)?|permis de conduire|n[úu]mero de licencia|licencia de conducir|patente";

    private const string BirthField = @"dob|d\.o\.b|date of birth|birth ?date|birthday|bday|x bday|born|geburtsdatum|geb|date de naissance|fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|data urodzenia|f[øo]dselsdato|f[öo]delsedatum|sz[üu]let[ée]si d[áa]tum|sz[üu]let[ée]si id[őo]|datum narozen[íi]|data na[șs]terii|do[ğg]um tarihi|дата рождения|дата народження|ημερομηνία γέννησης|生年月日|出生日期|생년월일|تاريخ الميلاد|תאריך לידה|जन्म तिथि|วันเกิด|tanggal lahir|ng[àa]y sinh|syntym[äa]aika";

    private const string AddressField = @"(?:home |postal |mailing |street |billing |shipping |delivery |residential )?address(?: line \d)?|street|anschrift|adresse|wohnadresse|lieferadresse|direcci[óo]n|domicilio|indirizzo|morada|endere[çc]o|adres|adresa|osoite|адрес|διεύθυνση|住所|地址|주소|العنوان|כתובת|पता|ที่อยู่|alamat|[đd][ịi]a ch[ỉi]|c[íi]m|lakc[íi]m|adres[ăa]|heimilisfang|bydli[šs]t[ěe]|ikametgah";

    private const string PostalField = @"zip|zip ?code|post ?code|postal ?code|plz|postleitzahl|code postal|cp|cap|c[óo]digo postal|postcode|postnummer|pin ?code|eircode";

    private const string CityField = @"city|town|ort|stadt|wohnort|ville|ciudad|citt[àa]|cidade|plaats|woonplaats|miasto|municipality|hometown|home town|place of birth|birthplace|geburtsort|lieu de naissance|lugar de nacimiento|luogo di nascita|город|πόλη|市区町村|城市|도시|مدينة|עיר|शहर|เมือง|kota|th[àa]nh ph[ốo]|v[áa]ros|m[ěe]sto|ora[șs]|[şs]ehir|kaupunki";

    private const string PhoneField = @"phone|phone number|tel|tel\.|telephone|mobile|mobile number|cell|cell phone|telefon|telefonnummer|handy|t[ée]l[ée]phone|portable|tel[ée]fono|telefono|telefone|telefoon|telemóvel|celular|gsm|whatsapp|телефон|тел|τηλέφωνο|τηλ|電話|電話番号|电话|手机|전화|전화번호|휴대폰|هاتف|טלפון|फ़ोन|फोन|โทรศัพท์|telepon|no hp|[đd]i[ệe]n tho[ạa]i|s[đd]t|puhelin|puh|telefonsz[áa]m|mobil|mobiltelefon|cep telefonu|telefonn[íi] [čc][íi]slo";
}
