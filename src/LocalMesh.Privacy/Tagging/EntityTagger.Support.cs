namespace LocalMesh.Privacy.Tagging;

/// <summary>
/// What a tagger span needs besides the model's say-so. On clean text the model's false positives were spans with
/// nothing that names a person or place: an "address" made of a quantity and a price (<c>4 pcs</c>, <c>€433</c>), a
/// part number, a spec line (<c>27 GB RAM, 1387 GB SSD</c>); a "person" or "place" made of capitalised everyday words
/// (<c>Quarter, Revenue</c>, <c>Roadmap</c>) or of product codes (<c>BX492504C</c>).
/// </summary>
public sealed partial class EntityTagger
{
    /// <summary>Street words of many languages, whole words (<c>rue</c>, <c>calle</c>, <c>ul.</c>) besides the gazetteer's street suffixes.</summary>
    private static readonly HashSet<string> StreetWords = new(StringComparer.Ordinal)
    {
        "street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "av", "drive", "dr", "court", "ct", "close", "way", "terrace", "parade",
        "crescent", "place", "square", "boulevard", "blvd", "highway", "flat", "apt", "apartment", "suite", "unit", "floor", "po", "box",
        "rue", "impasse", "chemin", "allée", "quai", "calle", "avenida", "plaza", "paseo", "carrera", "camino", "via", "viale", "piazza",
        "corso", "vicolo", "rua", "travessa", "largo", "praça", "ul", "ulica", "aleja", "al", "os", "weg", "platz", "gasse", "allee",
        "straße", "strasse", "str", "ring", "damm", "straat", "laan", "plein", "gracht", "kade", "dijk", "sector", "cross", "nagar", "marg",
        "col", "colonia", "chome", "ku", "jo", "cho", "gu", "dong", "ro", "gil", "soi", "jalan", "jl", "barangay", "brgy",
    };

    /// <summary>Street words that are also everyday words, abbreviations of something else or too short to trust ("St" is also a saint, "Dr" a doctor).</summary>
    private static readonly HashSet<string> WeakStreetWords = new(StringComparer.Ordinal)
    {
        "st", "dr", "al", "os", "jo", "ku", "gu", "ro", "cho", "col", "po", "box", "floor", "unit", "flat", "suite", "cross", "ring", "sector",
        "place", "way", "close", "court", "square", "parade", "drive", "ul", "gil", "dong", "ct", "ln",
    };

    /// <summary>
    /// Whether a span names a street outright ("Avenida", "Via", "Street", "Calle", "-straße"): then a month or a label
    /// beside its number is part of the street's name or its house number ("Avenida de Mayo 1370", "Via XX Settembre
    /// 97", "Calle del Mar 12", "12 May Street", "No. 12, Jalan Ampang") and a degree sign is a floor ("5° B").
    /// </summary>
    private static bool StreetNamed(string text, List<TextToken> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var lower = text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant().TrimEnd('.');
            if ((StreetWords.Contains(lower) && !WeakStreetWords.Contains(lower)) || EndsLikeAStreet(lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a span holds a street word, weak ones too ("Close", "Way"), or a compound street name's ending.</summary>
    private static bool HasStreetWord(string text, List<TextToken> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var lower = text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant().TrimEnd('.');
            if (StreetWords.Contains(lower) || EndsLikeAStreet(lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a lower-case word is a compound street name: a <see cref="StreetEndings"/> ending after a name of three letters or more ("lindenstraße").</summary>
    private static bool EndsLikeAStreet(string lower) => StreetEndings.Any(e => lower.Length > e.Length + 2 && lower.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Endings of compound street names (<c>Lindenstraße</c>, <c>Keizersgracht</c>, <c>Dorpsstraat</c>).</summary>
    private static readonly string[] StreetEndings = ["straße", "strasse", "str.", "weg", "gracht", "straat", "laan", "allee", "gasse", "platz", "gatan", "vägen", "veien", "gade", "katu", "utca"];

    /// <summary>
    /// Whether an ADDRESS span holds a street word (and no '=' or '_' of code: "key=API_KEY, timeout=50"), a listed city or region, or a capitalised word that is not an
    /// everyday English word (a street or town name): what every address has and quantities, prices and part numbers lack.
    /// </summary>
    private bool AddressSupported(string text, List<TextToken> tokens, int first, int last)
    {
        var street = StreetNamed(text, tokens, first, last);
        if (Measured(text, tokens, first, last, street) || !HouseNumber(text, tokens, first, last, street)
            || text.AsSpan(tokens[first].Start, tokens[last].Start + tokens[last].Length - tokens[first].Start).ContainsAny('=', '_'))
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            var word = text.Substring(tokens[i].Start, tokens[i].Length);
            var lower = word.ToLowerInvariant().TrimEnd('.');
            if (Months.Contains(lower) || NumberLabels.Contains(lower))
            {
                continue; // "14 Dec", "Versio 6", "Ref 264": a date or a labelled number, not a street
            }

            if (StreetWords.Contains(lower) || (_gazetteer.NameEvidence(lower) & (Gazetteer.Lists.StreetSuffix | Gazetteer.Lists.City | Gazetteer.Lists.Region)) != 0
                || EndsLikeAStreet(lower))
            {
                return true;
            }

            if (IsTitleCase(word) && word.Length >= 3 && !word.Any(char.IsDigit) && !CommonWords.Contains(lower) && !SentenceInitial(text, tokens[i].Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a place the model found is one unlisted word opening a sentence that goes on in lower case ("| Salasana on
    /// liian lyhyt |", Finnish for "the password is too short"): in the languages whose everyday words the tagger does not
    /// list, that capital is the sentence's, not a name's. A listed place keeps it ("Berlin is…"); after a colon a capital
    /// is a field's value ("City: Tampere"), and it stays. Not for organisations: there the model as often mistypes a real
    /// town it does not list ("Dundee is where James grew up", which redaction must still hide).
    /// </summary>
    private bool OpensSentenceAlone(string text, List<TextToken> tokens, int first, int last)
    {
        if (first != last || last + 1 >= tokens.Count)
        {
            return false;
        }

        var word = text.Substring(tokens[first].Start, tokens[first].Length);
        var next = tokens[last + 1];
        if (!IsTitleCase(word) || next.Start != tokens[last].End + 1 || !char.IsLower(text[next.Start])
            || (_gazetteer.NameEvidence(word.ToLowerInvariant()) & (Gazetteer.Lists.FirstName | Gazetteer.Lists.LastName | Gazetteer.Lists.City | Gazetteer.Lists.Region | Gazetteer.Lists.CompanySuffix)) != 0)
        {
            return false;
        }

        var i = tokens[first].Start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r' or '|' or '·' || (text[i] != ':' && SentenceInitial(text, tokens[first].Start));
    }

    /// <summary>
    /// Whether a word opens a sentence (the text, a line, or after ". ", "! ", "? ", ": "): its capital says nothing there,
    /// and in the languages whose everyday words the tagger does not list ("Misture 3 ovos", "Kampanya 30 Kasım'da",
    /// "Fermeture le 25 décembre") it would otherwise pass for a street's or town's name.
    /// </summary>
    private static bool SentenceInitial(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        if (i < 0 || text[i] is '\n' or '\r' or '!' or '?' or ':')
        {
            return true;
        }

        if (text[i] != '.' || i == start - 1)
        {
            return false;
        }

        // "St. Mary's Road", "No. 12", "Jl. Kemang": a period after a word of one to three letters is an abbreviation's.
        var wordStart = i;
        while (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1]))
        {
            wordStart--;
        }

        return i - wordStart > 3 || text.AsSpan(wordStart, i - wordStart).ContainsAnyInRange('0', '9'); // "17h. Fermeture" ends a sentence
    }

    /// <summary>
    /// Month names and their short forms in the languages the tagger reads: a number beside one is a date ("14 Dec",
    /// "6. Januar", "3 mars"), which the tagger's address features (a number and a capitalised word) otherwise take for
    /// a house number and a street.
    /// </summary>
    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "jänner", "okt", "dez",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "janv", "févr", "avr", "juil", "déc",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "dic",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "gen", "mag", "giu", "lug", "ago", "set", "ott",
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "fev", "out",
        "januari", "februari", "maart", "mei", "augustus", "oktober", "mrt", "juni", "juli",
        "januar", "mars", "april", "mai", "juni", "juli", "augusti", "september", "oktober", "november", "desember", "december", "maj",
        "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu",
        "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta",
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
    };

    /// <summary>
    /// Days of the week, written in lower case as most languages write them: "dal martedì alla domenica" is Sunday, not
    /// Domenica. Also given names in several languages, so a lower-case one is not taken for a name on the lists' say-so.
    /// </summary>
    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "segunda", "terça", "quarta",
        "quinta", "sexta", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "maandag", "dinsdag",
        "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
        "niedziela", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag", "tirsdag", "lørdag", "søndag",
    };

    /// <summary>
    /// Words that name the number after them (a reference, a version, a page, a part), in the languages the tagger reads:
    /// "Ref 264", "Versio 6.12", "PN 6447": labelled numbers, not house numbers. "No.", "Nr.", "nº" and "número" are not
    /// here: addresses write the house number with them ("Jl. Kemang Raya No. 21", "Rua Augusta, nº 274").
    /// </summary>
    private static readonly HashSet<string> NumberLabels = new(StringComparer.Ordinal)
    {
        "ref", "refs", "version", "versio", "versi", "versión", "versão", "versione", "ver", "rev", "release", "build", "page", "pg", "vol", "volume",
        "chapter", "ch", "section", "sec", "item", "art", "artikel", "pn", "sku", "lot", "batch", "isbn", "issue", "ticket", "order", "invoice", "draw", "round",
        "line", "platform", "track", "seat", "level", "step", "stage", "phase", "song", "episode", "season", "part", "model", "type", "size",
        "версия", "έκδοση", "sivu", "seite", "kapitel", "teil",
    };

    /// <summary>Units written after a number: a span with one is a quantity, a recipe or a spec line, not an address.</summary>
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "g", "kg", "mg", "µg", "dl", "cl", "ml", "l", "tsk", "msk", "tsp", "tbsp", "cup", "cups", "oz", "lb", "lbs", "bpm", "rpm", "mph", "kmh",
        "mm", "cm", "km", "gb", "mb", "kb", "tb", "ghz", "mhz", "khz", "hz", "kw", "kwh", "mah", "psi", "bar", "pcs", "st", "min", "sec", "ms",
        "h", "hrs", "eur", "usd", "gbp", "chf", "tl", "try", "kr", "sek", "nok", "dkk", "pln", "czk", "huf", "inr", "jpy", "cny", "brl", "mxn",
        "minutos", "minuti", "minuten", "minutes", "horas", "ore", "stunden", "heures", "graus", "grados", "gradi", "grad", "degrees",
    };

    /// <summary>
    /// The unit a word is, in lower case, when it is written as units are: in lower case ("mg", "bpm") or with the
    /// capitals of a byte or hertz unit ("GB", "GHz", "kWh"), or a long one capitalised as German writes its nouns ("5 Grad",
    /// "20 Minuten"). "204 MG Road" is not 204 milligrams.
    /// </summary>
    private static string? UnitWritten(string word)
    {
        var lower = word.ToLowerInvariant();
        return Units.Contains(lower) && (word == lower || (lower.Length >= 4 && word[1..] == lower[1..]) || word is "GB" or "MB" or "KB" or "TB" or "GHz" or "MHz" or "KHz" or "kHz" or "Hz" or "kWh" or "kW" or "mAh" or "Kg" or "KG" or "ML" or "DL" or "EUR" or "USD" or "GBP" or "CHF" or "TL" or "TRY" or "SEK" or "NOK" or "DKK" or "PLN" or "CZK" or "HUF" or "INR" or "JPY" or "CNY" or "BRL" or "MXN") ? lower : null;
    }

    /// <summary>Unit-like words that are also street or everyday words ("12 St", "1 l"): they count only when a second unit is there.</summary>
    private static readonly HashSet<string> WeakUnits = new(StringComparer.Ordinal) { "st", "l", "g", "min", "sec", "ms", "bar", "cup", "cups" };

    /// <summary>
    /// Whether a span holds a measurement: a degree (off a named street), per cent or times sign, a number followed by a unit ("92 bpm",
    /// "512 GB"), or two numbers followed by words that may be units ("5 dl mjölk, 150 g smör"). One number and "St"
    /// is still a street ("12 St").
    /// </summary>
    private static bool Measured(string text, List<TextToken> tokens, int first, int last, bool street)
    {
        var units = 0;
        for (var i = first; i <= last; i++)
        {
            var token = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (token is "%" or "×" or "‰" || (token is "°" && !street)) // on a street, "5° B" and "3° izq" are floors
            {
                return true;
            }

            if (i > first && tokens[i - 1].Length > 0 && char.IsAsciiDigit(text[tokens[i - 1].Start + tokens[i - 1].Length - 1])
                && UnitWritten(token.ToString()) is var unit && unit is not null && (!WeakUnits.Contains(unit) || ++units >= 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a span made only of everyday words is an item of a list of three or more items, all everyday words
    /// ("Color options: Violet, Ivory and Slate Grey", "columns Region, Quarter, Revenue"): a list of things, where a
    /// word that is also a given name ("Violet", "Ruby", "Dawn") names no one. A list of people has a name in it that is
    /// no everyday word ("Rose, Jamal and Wei"), which keeps them all; two items are not enough ("Regards, Hope Rose",
    /// "ask Harsh Do, he did ours"), and a line break ends a list ("Thanks,\nGrace"). A list whose every item is one
    /// given name ("Attendees: Rose, Hope, Grace", "Invite Jack, Frank and Bill") is a list of people, everyday words or not.
    /// </summary>
    private bool ItemOfEverydayList(string text, int start, int end)
    {
        // The span may be part of its item ("Sterling" of "Sterling silver, Baker's dozen, King-size bed"): the item
        // runs on over the everyday words after it, up to the list's separator.
        while (end < text.Length && text[end] == ' ' && end + 1 < text.Length && char.IsLetter(text[end + 1]))
        {
            var next = end + 1;
            while (next < text.Length && (char.IsLetter(text[next]) || text[next] is '-' or '\'' or '’'))
            {
                next++;
            }

            var word = text.AsSpan(end + 1, next - end - 1);
            if (word is "and" or "or" || !Everyday(word))
            {
                break;
            }

            end = next;
        }

        if (!Everyday(text.AsSpan(start, end - start)))
        {
            return false;
        }

        var people = GivenName(text.AsSpan(start, end - start));

        var items = 1 + text.AsSpan(start, end - start).Count(',') + text.AsSpan(start, end - start).Count('&'); // "Quarter, Revenue" is two
        for (var (k, at) = (0, start); k < 2 && PreviousItem(text, at) is var (from, to) && to > from; k++, at = from)
        {
            if (!Everyday(text.AsSpan(from, to - from)))
            {
                return false;
            }

            people &= GivenName(text.AsSpan(from, to - from));
            items++;
        }

        for (var (k, at) = (0, end); k < 2 && NextItem(text, at) is var (from, to) && to > from; k++, at = to)
        {
            if (!Everyday(text.AsSpan(from, to - from)))
            {
                return false;
            }

            people &= GivenName(text.AsSpan(from, to - from));
            items++;
        }

        return items >= 3 && !people;
    }

    /// <summary>
    /// Whether a list item starts with a word on the given-name list ("Grace", "Bill to the call"; not "Matte Black",
    /// not "Country"): the item after the span runs on to the words that follow the list.
    /// </summary>
    private bool GivenName(ReadOnlySpan<char> item)
    {
        var end = item.IndexOfAny(' ', ',', '&');
        var word = end < 0 ? item : item[..end];
        return (_gazetteer.Of(word.ToString().ToLowerInvariant()) & Gazetteer.Lists.FirstName) != 0;
    }

    private const int MaxItem = 40;

    /// <summary>Where the list item before <paramref name="start"/> is (its last word), when a comma, "and", "or" or "&amp;" on the same line separates them; else an empty range.</summary>
    private static (int From, int To) PreviousItem(string text, int start)
    {
        var i = start;
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        if (i > 0 && text[i - 1] is ',' or '&')
        {
            i--;
        }
        else if (EndsWithWord(text, i, "and") || EndsWithWord(text, i, "or"))
        {
            i -= text[i - 1] == 'r' && text[i - 2] == 'o' ? 2 : 3;
        }
        else
        {
            return (0, 0);
        }

        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        var to = i;
        while (i > 0 && to - i < MaxItem && (char.IsLetter(text[i - 1]) || text[i - 1] is '-' or '\''))
        {
            i--;
        }

        return (i, to);
    }

    /// <summary>Where the list item after <paramref name="end"/> is (up to four words), when a comma, "and", "or" or "&amp;" on the same line separates them; else an empty range.</summary>
    private static (int From, int To) NextItem(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i < text.Length && text[i] is ',' or '&')
        {
            i++;
        }
        else if (StartsWithWord(text, i, "and") || StartsWithWord(text, i, "or"))
        {
            i += text[i] is 'o' or 'O' ? 2 : 3;
        }
        else
        {
            return (0, 0);
        }

        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        var from = i;
        var to = i;
        for (var words = 0; words < 4 && i < text.Length && char.IsLetter(text[i]); words++)
        {
            var wordStart = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\''))
            {
                i++;
            }

            if (text.AsSpan(wordStart, i - wordStart) is "and" or "or")
            {
                break;
            }

            to = i;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
        }

        return (from, to);
    }

    private static bool EndsWithWord(string text, int end, string word) =>
        end > word.Length && text.AsSpan(end - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase) && text[end - word.Length - 1] == ' ';

    private static bool StartsWithWord(string text, int start, string word) =>
        start + word.Length < text.Length && text.AsSpan(start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase) && text[start + word.Length] == ' ';

    /// <summary>Whether a few words are all everyday English words (and have letters).</summary>
    private static bool Everyday(ReadOnlySpan<char> words)
    {
        var any = false;
        var count = 0;
        foreach (var range in words.SplitAny(" -,&"))
        {
            var word = words[range];
            if (word.Length == 0 || word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (++count > 4 || !CommonWords.Contains(word.ToString().ToLowerInvariant()))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// Whether an ADDRESS span with numbers has one that can be a house, flat or postal number: one not beside a month
    /// ("6 Jan"), not after a label ("Versio 6"), and not the minutes of a time ("13:00"). Without one, the span is a
    /// list of dates or labelled numbers, which the tagger's address features (numbers between capitalised words) take
    /// for a street. A span with no number at all passes, and on a named street (<see cref="StreetNamed"/>) any number
    /// but a time's is a house number.
    /// </summary>
    private static bool HouseNumber(string text, List<TextToken> tokens, int first, int last, bool street)
    {
        string Word(int i) => i >= 0 && i < tokens.Count ? text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant().TrimEnd('.') : "";
        var numbers = false;
        for (var i = first; i <= last; i++)
        {
            var token = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (!token.ContainsAnyInRange('0', '9'))
            {
                continue;
            }

            numbers = true;
            var start = tokens[i].Start;
            var end = tokens[i].End;
            if (start > 0 && text[start - 1] == ':')
            {
                continue;
            }

            // A time ("Queen Street 08:55", "départ 8h20"), a score ("Real Madrid 1–3 Sevilla", with its en dash) or a
            // count in thousands ("North 7,573,997") is no house's number, even on a named street.
            if ((end + 1 < text.Length && text[end] is ':' or 'h' && char.IsAsciiDigit(text[end + 1]))
                || (end < text.Length && text[end] == '–') || (start > 0 && text[start - 1] == '–') || token.Contains('–')
                || Thousands().IsMatch(token) || InThousands(text, start, end))
            {
                continue;
            }

            if (street)
            {
                return true; // on a named street a number beside a month or a label is still the house's
            }

            if (Months.Contains(Word(i - 1)) || Months.Contains(Word(i + 1)) || NumberLabels.Contains(Word(i - 1))
                || (Word(i + 1) is "–" or "-" && Months.Contains(Word(i + 3))))
            {
                continue;
            }

            return true;
        }

        return !numbers; // a street without a number ("Jamal Park", "Lower Dorset Street") is judged by its words alone
    }

    /// <summary>Whether the digits at <paramref name="start"/>..<paramref name="end"/> are a group of a number written in thousands ("59,901" split at its comma).</summary>
    private static bool InThousands(string text, int start, int end) =>
        (end + 3 < text.Length && text[end] == ',' && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2]) && char.IsAsciiDigit(text[end + 3]) && (end + 4 >= text.Length || !char.IsAsciiDigit(text[end + 4])))
        || (start > 1 && text[start - 1] == ',' && char.IsAsciiDigit(text[start - 2]) && end - start == 3);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}(?:,\d{3})+$")]
    private static partial System.Text.RegularExpressions.Regex Thousands();

    /// <summary>
    /// Whether a span is an identifier joined by underscores (<c>DB_PASSWORD</c>, <c>API_TOKEN</c>) or the capitals of
    /// one: names of people, places and organisations are never written with one. A lower-case part of a user name
    /// (<c>mod_avi</c>, <c>katerina_35</c>) can still be a name and stays.
    /// </summary>
    private static bool InIdentifier(string text, List<TextToken> tokens, int first, int last)
    {
        var start = tokens[first].Start;
        var end = tokens[last].Start + tokens[last].Length;
        var span = text.AsSpan(start, end - start);
        return span.Contains('_') || (((start > 0 && text[start - 1] == '_') || (end < text.Length && text[end] == '_')) && !span.ContainsAnyInRange('a', 'z'));
    }

    /// <summary>
    /// Names of languages and peoples used as adjectives ("Finnish and Estonian coasts"): like a bare country, alone
    /// they name nobody. Lower case.
    /// </summary>
    private static readonly HashSet<string> Demonyms = new(StringComparer.Ordinal)
    {
        "afghan", "albanian", "algerian", "american", "andorran", "angolan", "argentine", "argentinian", "armenian", "australian", "austrian", "azerbaijani",
        "bahraini", "bangladeshi", "belarusian", "belgian", "bengali", "bolivian", "bosnian", "brazilian", "british", "bulgarian", "burmese", "cambodian",
        "cameroonian", "canadian", "catalan", "chilean", "chinese", "colombian", "congolese", "croatian", "cuban", "cypriot", "czech", "danish", "dutch",
        "ecuadorian", "egyptian", "english", "estonian", "ethiopian", "european", "filipino", "finnish", "flemish", "french", "georgian", "german", "ghanaian",
        "greek", "guatemalan", "haitian", "hindi", "hungarian", "icelandic", "indian", "indonesian", "iranian", "iraqi", "irish", "israeli", "italian",
        "ivorian", "jamaican", "japanese", "jordanian", "kazakh", "kenyan", "korean", "kurdish", "kuwaiti", "latvian", "lebanese", "libyan", "lithuanian",
        "luxembourgish", "macedonian", "malagasy", "malay", "malaysian", "maltese", "mexican", "moldovan", "mongolian", "montenegrin", "moroccan",
        "mozambican", "namibian", "nepali", "nepalese", "nigerian", "norwegian", "pakistani", "palestinian", "panamanian", "paraguayan", "persian", "peruvian",
        "polish", "portuguese", "qatari", "romanian", "russian", "rwandan", "saudi", "scottish", "senegalese", "serbian", "singaporean", "slovak", "slovakian",
        "slovene", "slovenian", "somali", "spanish", "sri lankan", "sudanese", "swahili", "swedish", "swiss", "syrian", "taiwanese", "tajik", "tamil",
        "tanzanian", "thai", "tibetan", "tunisian", "turkish", "turkmen", "ugandan", "ukrainian", "urdu", "uruguayan", "uzbek", "venezuelan", "vietnamese",
        "welsh", "yemeni", "zambian", "zimbabwean", "nordic", "scandinavian", "baltic", "balkan", "african", "asian", "arab", "arabic", "latin", "hispanic",
    };

    /// <summary>Whether every word of the span is a language or people's name ("Finnish", "Finnish and Estonian").</summary>
    private static bool OnlyDemonyms(string text, List<TextToken> tokens, int first, int last)
    {
        var any = false;
        for (var i = first; i <= last; i++)
        {
            var word = text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant();
            if (word is "and" or "or" or "," or "&" or "-")
            {
                continue;
            }

            if (!Demonyms.Contains(word))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// Whether a PERSON or LOCATION span has a word that could be a name: one on the name, city or region lists, or a
    /// capitalised or lower-case word of letters that is not an everyday English word. Spans of everyday words alone
    /// ("Quarter, Revenue", "Roadmap") or of codes ("BX492504C", "SKU-23071-A") are not names, nor particles alone ("El", "Van").
    /// </summary>
    private bool NameSupported(string text, List<TextToken> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var word = text.Substring(tokens[i].Start, tokens[i].Length);
            if (word.Length < 2 || word.Any(char.IsDigit) || !word.Any(char.IsLetter))
            {
                continue;
            }

            var lower = word.ToLowerInvariant();
            if (Gazetteer.IsParticle(lower))
            {
                continue; // "El ciclo dura…": an article, though "El Paso" put it on the place list
            }

            if (PluralAcronym(word))
            {
                continue; // "UIDs", "GIDs", "APIs": an acronym's plural
            }

            if (Months.Contains(lower) && text.AsSpan(tokens[first].Start, tokens[last].Start + tokens[last].Length - tokens[first].Start).ContainsAnyInRange('0', '9'))
            {
                continue; // "24–26 Dec": a date, though "Dec" is on no word list
            }

            if ((_gazetteer.NameEvidence(lower) & (Gazetteer.Lists.FirstName | Gazetteer.Lists.LastName | Gazetteer.Lists.City | Gazetteer.Lists.Region)) != 0 || !CommonWords.Contains(lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an ORGANIZATION span is only everyday English words with nothing that makes them a company's name: no legal
    /// form, and no word before it that says someone works with it ("at", "for", "joined" …). Licences and manuals
    /// capitalise their defined terms ("the Licensor", "Derivative Works", "Your use", "Builtin Commands"), and those are no
    /// one's employer; "I work at Target now" keeps its cue.
    /// </summary>
    private bool EverydayOrganisation(string text, List<TextToken> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var word = text.Substring(tokens[i].Start, tokens[i].Length);
            if (!word.Any(char.IsLetter))
            {
                continue; // "&", "-"
            }

            var lower = word.ToLowerInvariant();
            if (PluralAcronym(word))
            {
                continue; // "GIDs", "APIs"
            }

            if (!word.All(c => char.IsLetter(c) || c is '\'' or '’') || !CommonWords.Contains(lower) || (_gazetteer.Of(lower) & Gazetteer.Lists.CompanySuffix) != 0)
            {
                return false;
            }
        }

        if (LegalFormAfter(text, tokens[last].End))
        {
            return false; // "Orange S.A.", "Old Mill Brewing K.K.", "General Motors Company"
        }

        return first == 0 || !OrganisationCues.Contains(text.Substring(tokens[first - 1].Start, tokens[first - 1].Length).ToLowerInvariant());
    }

    /// <summary>Whether a legal form follows <paramref name="end"/>: the next word, its dots dropped, is a company suffix ("K.K.", "S.A.", "GmbH", "Ltd").</summary>
    private bool LegalFormAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or ',')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && i - start < 12 && (char.IsLetter(text[i]) || text[i] == '.'))
        {
            i++;
        }

        return IsLegalForm(text[start..i].TrimEnd('.'));
    }

    /// <summary>
    /// Whether a word, its last dot dropped, is a company's legal form with or without its dots ("K.K", "S.A", "GmbH", "Ltd"):
    /// on <see cref="LegalForms"/> or the gazetteer's company suffixes, and not a particle ("und", "and" of "Schmidt und
    /// Söhne" are on the suffix list).
    /// </summary>
    private bool IsLegalForm(string word)
    {
        var form = word.Replace(".", string.Empty, StringComparison.Ordinal);
        return form.Length > 0 && !Gazetteer.IsParticle(form.ToLowerInvariant())
            && ((_gazetteer.Of(form.ToLowerInvariant()) & Gazetteer.Lists.CompanySuffix) != 0 || LegalForms.Contains(word) || LegalForms.Contains(form));
    }

    /// <summary>Whether a word is an acronym's plural ("UIDs", "APIs"): no name is written so.</summary>
    private static bool PluralAcronym(string word) => word.Length >= 3 && word[^1] == 's' && word[..^1].All(char.IsUpper);

    /// <summary>Words before an organisation that say someone works for, with or at it.</summary>
    private static readonly HashSet<string> OrganisationCues = new(StringComparer.Ordinal)
    {
        "at", "for", "with", "from", "by", "to", "joined", "join", "joining", "left", "leaving", "hired", "employer", "employed", "via", "called", "named", "bei", "chez", "en", "presso", "bij", "w", "na",
    };

    /// <summary>
    /// Whether an ORGANIZATION span is only codes: no word of three or more letters alone that has a lower-case letter or
    /// four or more letters (<c>SKU-23071-A</c>, <c>BX492504C</c>, chords <c>Am F C G</c>), or its one such word is an
    /// everyday word beside codes (<c>Voucher 8836-4299</c>, <c>Building CXX</c>) with no legal form after it.
    /// Organisations' names have one of their own (<c>Kestrel</c>, <c>KPMG</c>).
    /// </summary>
    private static bool IsCode(string text, List<TextToken> tokens, int first, int last)
    {
        var words = 0;
        var common = 0;
        var others = false;
        for (var i = first; i <= last; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            var letters = AllLetters(word);
            if (letters && word.Length >= 3 && (word.Length >= 4 || Detection.NameCueDetector.Cases(word).Lower))
            {
                words++;
                common += CommonWords.Contains(word.ToString().ToLowerInvariant()) ? 1 : 0;
            }
            else if (letters && Detection.NameCueDetector.Cases(word).Lower)
            {
                others = true; // "Harsh Do": a short word written as a name, not a code
            }
        }

        // No word of letters that could name anything ("SKU-23071-A", "Am F C G"), or one everyday word with nothing
        // but codes ("Voucher 8836-4299", "Lot E71YUSOJ", "Building CXX"): an organisation has a name of its own, or a
        // legal form ("Grant SRL"). An everyday word alone can be one ("I work at Target", "Orange").
        return words == 0 || (words == 1 && common == 1 && !others && last > first && !LegalForm(text, tokens, first, last));
    }

    /// <summary>Whether a word is letters only, in any script ("Kovács", "Новиков", "Nguyễn").</summary>
    private static bool AllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>Legal forms of companies (<c>SRL</c>, <c>Oy</c>, <c>Inc</c>) and the organisation words of the training templates (<c>Group</c>, <c>Bank</c>).</summary>
    private static readonly HashSet<string> LegalForms = new(
        SentenceTemplates.OrganizationSuffixes.Select(s => s.TrimEnd('.'))
            .Concat(["Inc", "LLC", "LLP", "PLC", "Co", "Corp", "Pty", "SRL", "Srl", "SpA", "SARL", "Sarl", "SAS", "SL", "SE", "Oy", "Oyj", "AB", "AS", "ASA", "ApS", "A/S", "KG", "KK", "Kft", "Zrt", "sp", "zoo", "s.r.o", "a.s", "d.o.o", "Ltda", "GmbH", "Group"]),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word of the span after its first is a legal form ("Grant SRL", "Nordic Oy").</summary>
    private static bool LegalForm(string text, List<TextToken> tokens, int first, int last)
    {
        for (var i = first + 1; i <= last; i++)
        {
            if (LegalForms.Contains(text.Substring(tokens[i].Start, tokens[i].Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTitleCase(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);
}
