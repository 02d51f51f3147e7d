using System.Text.RegularExpressions;
using LocalMesh.Privacy.Tagging;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Names of people after words that introduce one, whatever the name and however it is written: "my name is wafula
/// saxena", "me llamo …", "Dear Ragnhild,", "hey ulrike can you …", "Bonjour Luuk,", "Sehr geehrte Frau Ricci",
/// <c>From: Palesa Wojcik &lt;…&gt;</c>, chat-export speaker labels (<c>[12/03/2026, 09:14] Priya:</c>,
/// <c>04/02/2026 21:04 - Facundo:</c>). The tagger misses such names when they are on no list and written in lower
/// case, where its lower-case rule drops unknown words. A word counts as a name when it is letters (hyphens and
/// apostrophes inside), at least two long, and not an everyday English word ("hi team", "dear sir", "i'm tired" stay);
/// after "I'm" it must end the clause (a comma, a full stop, the line's end) or be followed by a second
/// such word, so that "i'm gonna be late" is not a name. Reported as <c>PERSON</c>, which yields to pattern
/// matches. Thread-safe.
/// </summary>
public sealed partial class NameCueDetector : IEntityDetector
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => ["PERSON"];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        List<EntityMatch>? found = null;
        try
        {
            foreach (var (pattern, strict) in Cues)
            {
                if ((pattern == IntroductionByRole() && !text.AsSpan().ContainsAny(RoleWords)) || (pattern == SignOff() && !text.AsSpan().ContainsAny(SignOffMarks))
                    || (pattern == Kinship() && !text.AsSpan().ContainsAny(KinWords)))
                {
                    continue;
                }

                for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
                {
                    if (Name(text, m.Index + m.Length, strict) is { } name)
                    {
                        (found ??= []).Add(name);
                    }
                }
            }

            for (var m = CapitalAfterTitle().Match(text); m.Success; m = m.NextMatch())
            {
                if (Name(text, m.Index + m.Length, strict: false, capitalised: true) is { } name)
                {
                    (found ??= []).Add(name);
                }
            }

            Honorifics(text, ref found);
            Speakers(text, ref found);
            Possessives(text, ref found);
            Attendance(text, ref found);
            DisplayNames(text, ref found);
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ScanFailedException($"The PERSON cue detector could not scan a text of {text.Length:N0} characters in time.", ex);
        }

        return (IEnumerable<EntityMatch>?)found ?? [];
    }

    /// <summary>The cues; strict ones ("I'm") need the name to end the clause or have a second word.</summary>
    private static readonly (Regex Pattern, bool Strict)[] Cues =
    [
        (Introduction(), false),
        (IntroductionByRole(), false),
        (Kinship(), false),
        (Greeting(), false),
        (Header(), false),
        (ChatLabel(), false),
        (SignOff(), false),
        (Closing(), false),
        (SelfIntroduction(), true),
    ];

    /// <summary>
    /// A name before a possessive and what people have ("what's Harriet's full birthday", "Zawadi's birthday is…",
    /// "whats chloes email again"): the name is a name word, and written without an apostrophe the whole word is no
    /// everyday word either ("the bus number", "its address" stay). Read only by texts with one of <see cref="AttributeWords"/>.
    /// </summary>
    private static void Possessives(string text, ref List<EntityMatch>? found)
    {
        if (!text.AsSpan().ContainsAny(AttributeWords))
        {
            return;
        }

        for (var m = Possessive().Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"];
            var apostrophe = m.Groups["s"].Length > 1;
            if (IsNameWord(name.ValueSpan) && (apostrophe || (name.Length >= 3 && !CommonWords.Contains((name.Value + "s").ToLowerInvariant()))))
            {
                (found ??= []).Add(new EntityMatch("PERSON", name.Index, name.Length, name.Value));
            }
        }
    }

    /// <summary>
    /// A mail address's display name, wherever the address stands: "Jürgen Weiß &lt;jweiss@web.de&gt;" in a quoted
    /// reply's header of any language ("… schrieb Jürgen Weiß &lt;…&gt;:", "… a écrit :"), a Cc list, a git author line.
    /// One to four capitalised words right before the angle brackets, each a name word ("Support Team &lt;…&gt;" stays).
    /// </summary>
    private static void DisplayNames(string text, ref List<EntityMatch>? found)
    {
        if (!text.Contains('<') || !text.Contains('@'))
        {
            return;
        }

        for (var m = DisplayName().Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"];
            if (name.Value.Split(' ').All(w => IsNameWord(w)))
            {
                (found ??= []).Add(new EntityMatch("PERSON", name.Index, name.Length, name.Value));
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}'’-])(?<name>\p{Lu}[\p{L}\p{M}'’-]{1,30}(?: \p{Lu}[\p{L}\p{M}'’-]{1,30}){0,3}) ?<[^<>\s@]{1,64}@[^<>\s@]{1,255}>", RegexOptions.None, TimeoutMs)]
    private static partial Regex DisplayName();

    /// <summary>
    /// The names of an attendance list, each one: "Present: Harriet Garvey, Rodrigo Morales Vega, Tunde Bello",
    /// "Apologies: …", "Anwesend: …", "Aanwezig: …" (a capitalised name of one to three words per item).
    /// </summary>
    private static void Attendance(string text, ref List<EntityMatch>? found)
    {
        for (var m = AttendanceLabel().Match(text); m.Success; m = m.NextMatch())
        {
            var lineEnd = text.IndexOf('\n', m.Index + m.Length);
            var end = lineEnd < 0 ? text.Length : lineEnd;
            var at = m.Index + m.Length;
            while (at < end)
            {
                if (Name(text, at, strict: false, capitalised: true) is { } name && name.End <= end)
                {
                    (found ??= []).Add(name);
                }

                var next = text.IndexOfAny([',', ';', '&'], at, end - at);
                var and = ListAnd().Match(text, at, end - at);
                at = and.Success && (next < 0 || and.Index < next) ? and.Index + and.Length : next < 0 ? end : next + 1;
            }
        }
    }

    /// <summary>
    /// Speaker labels of a chat or transcript: one or two name words at the start of a line, then <c>:</c> or <c>&gt;</c>
    /// and at least two more words ("Ananya: did you push the fix?", "Iman &gt; who owns it?"), on two lines or more. A
    /// form's field ("Geburtsdatum: 11.05.1988") has a single value after it, and everyday labels ("Note:", "Agenda:")
    /// are common words.
    /// </summary>
    private static void Speakers(string text, ref List<EntityMatch>? found)
    {
        if (SpeakerLabels(SpeakerLine(), text, IsSpeakerName) is { Count: >= 2 } labels)
        {
            (found ??= []).AddRange(labels);
        }

        // A lower-case chat ("inès: t'as l'adresse de margaux ?\ndumoulin: 95 rue du moulin"): two speakers or more, each
        // a name word, at the very start of their lines (a YAML file's keys are indented, or everyday words).
        if (SpeakerLabels(LowerSpeakerLine(), text, l => l.Length >= 3 && !l.AsSpan().ContainsAnyInRange('A', 'Z') && IsSpeakerName(l)) is { Count: >= 2 } lower
            && lower.Select(l => l.Value).Distinct(StringComparer.Ordinal).Count() >= 2)
        {
            (found ??= []).AddRange(lower);
        }

        // A chat export's header line: the sender and the time alone on a line ("Mette 11:42", "lucie 22:58"), as Slack
        // and Teams copy them. One is enough: an agenda's "Lunch 12:30" is an everyday word.
        if (SpeakerLabels(TimedSpeakerLine(), text, IsSpeakerName) is { } timed)
        {
            (found ??= []).AddRange(timed);
        }
    }

    /// <summary>The labels of <paramref name="pattern"/>'s speaker lines (its <c>name</c> group) that <paramref name="accept"/> takes; null for none (most texts).</summary>
    private static List<EntityMatch>? SpeakerLabels(Regex pattern, string text, Func<string, bool> accept)
    {
        List<EntityMatch>? labels = null;
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"];
            if (accept(name.Value))
            {
                (labels ??= []).Add(new EntityMatch("PERSON", name.Index, name.Length, name.Value));
            }
        }

        return labels;
    }

    /// <summary>Whether a chat label is a person's name: each word a name word, and not a form's field ("Indirizzo: Via Roma 5").</summary>
    private static bool IsSpeakerName(string label) => FieldValueDetector.TypeOf(label) is null && label.Split(' ').All(w => IsNameWord(w));

    /// <summary>
    /// A name before an honorific that follows it: Japanese 様, さん, 君, ちゃん, 先生 (高橋様, 美咲さん), Chinese 先生, 女士,
    /// 小姐 (王先生, 静女士), Korean 님, 씨 (하은님, 김민수 씨), and romanised (Tanaka-san, Ayşe Hanım, Mehmet Bey). The
    /// name is two or three Han characters (four before the Japanese ones: 渡部大輝さん; one to three before the Chinese honorifics) or a katakana run after something
    /// that is not one (a longer run is a phrase: "请联系王先生", and one character before 様 is a word: 仕様, 皆様), or
    /// two to four Hangul syllables; everyday words before the same suffixes (お客様, 고객님, 선생님) are not names.
    /// </summary>
    private static void Honorifics(string text, ref List<EntityMatch>? found)
    {
        if (!text.AsSpan().ContainsAny(HonorificStarts))
        {
            return;
        }

        for (var m = HonorificSuffix().Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"];
            var value = name.Value;
            if (!CommonWords.Contains(value.ToLowerInvariant()) && !NotNames.Contains(value.ToLowerInvariant()) && !HonorificNotNames.Contains(value))
            {
                (found ??= []).Add(new EntityMatch("PERSON", name.Index, name.Length, value));
            }
        }
    }

    /// <summary>The first characters of the honorifics <see cref="HonorificSuffix"/> knows, to skip texts without any at once.</summary>
    private static readonly System.Buffers.SearchValues<char> HonorificStarts = System.Buffers.SearchValues.Create("様さ君く殿ち先女小老님씨군양-HB");

    /// <summary>Words before an honorific that address no one in particular: everyone, the customer, the teacher, the user, parents.</summary>
    private static readonly HashSet<string> HonorificNotNames = new(StringComparer.Ordinal)
    {
        "皆", "お客", "客", "各位", "奥", "王子", "神", "仏", "殿", "先", "お医者", "お母", "お父", "お兄", "お姉", "母", "父", "兄", "姉",
        "女", "男", "小", "老", "大", "各", "诸位", "同学", "老师", "医生", "고객", "선생", "사장", "부장", "과장", "팀장", "회장", "교수", "기사",
        "여러분", "손님", "아저", "아주머", "사모", "오빠", "할머", "할아버", "어머", "아버", "누구", "아무", "하느", "부모", "선배", "후배",
        "원장", "실장", "대표", "이사", "담당자", "회원", "작가", "기자", "의사", "간호사", "환자", "학생", "친구", "사용자", "관리자",
        "아가", "부처", "임금", "주인", "오늘날", "苦労", "会員", "利用者", "担当者", "担当", "購入者", "申込者", "契約者", "応募者", "患者", "女士们", "各位", "诸位", "同学",
    };

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}\p{IsKatakana}])(?<name>\p{IsCJKUnifiedIdeographs}{2,3}|\p{IsKatakana}{2,12})(?:様|さま|さん|くん|君|ちゃん|先生|殿)|(?<![\p{IsCJKUnifiedIdeographs}\p{IsKatakana}])(?<name>\p{IsCJKUnifiedIdeographs}{4})(?:様|さま|さん|くん|ちゃん)|(?<!\p{IsCJKUnifiedIdeographs})(?<name>\p{IsCJKUnifiedIdeographs}{1,3})(?:先生|女士|小姐|老师)|(?<![\p{IsHangulSyllables}])(?<name>\p{IsHangulSyllables}{2,4}) ?(?:님|씨)|\b(?<name>\p{Lu}\p{Ll}{1,20})-(?:san|sama|kun|chan|sensei|ssi|nim)\b|\b(?<name>\p{Lu}\p{Ll}{1,20}) (?:Hanım|Hanim|Bey)\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex HonorificSuffix();

    [GeneratedRegex(@"(?m)^[ 	]*(?<name>\p{Lu}[\p{L}'-]{1,30}(?: \p{Lu}[\p{L}'-]{1,30})?)[ 	]?[:>][ 	]+\S+[ 	]+\S", RegexOptions.None, TimeoutMs)]
    private static partial Regex SpeakerLine();

    [GeneratedRegex(@"(?m)^[ \t]*(?<name>\p{L}[\p{L}'-]{1,30}(?: \p{L}[\p{L}'-]{1,30})?)[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]*\r?$", RegexOptions.None, TimeoutMs)]
    private static partial Regex TimedSpeakerLine();

    /// <summary>
    /// One to three name words starting at <paramref name="at"/> (after spaces), or null. <paramref name="capitalised"/>
    /// (after a title, or a greeting and a comma) takes only words that do not start with a small letter, and at most two
    /// in a script without capitals: the words after "Paní Veselá" or "Hej," are often of a language the everyday list
    /// does not know ("volala", "tak").
    /// </summary>
    private static EntityMatch? Name(string text, int at, bool strict, bool capitalised = false)
    {
        if (at < text.Length && text[at] == ',')
        {
            at++; // "Здравствуйте, Ирина!", "Hej, Kasper"
            capitalised = true;
        }

        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        // A title before the name is not part of it ("my landlord Mr Chen", "Bonjour Mme Dubois").
        if (Title().Match(text, at) is { Success: true } title && title.Index == at)
        {
            at += title.Length;
        }

        var start = at;
        var end = at;
        var words = 0;
        while (words < 3)
        {
            var wordEnd = WordEnd(text, at);
            // A capitalised name goes on only in capitals or with a particle ("Lieke zit sinds…" is "Lieke"; "Ludwig van Beethoven").
            if (wordEnd - at < 2 || !IsNameWord(text.AsSpan(at, wordEnd - at))
                || (capitalised && (char.IsLower(text[at]) || (words == 2 && !char.IsUpper(text[at]))))
                || (words > 0 && char.IsUpper(text[start]) && char.IsLower(text[at]) && !Tagging.Gazetteer.IsParticle(text[at..wordEnd])))
            {
                break;
            }

            end = wordEnd;
            words++;
            if (wordEnd + 1 >= text.Length || text[wordEnd] != ' ' || !char.IsLetter(text[wordEnd + 1]))
            {
                break;
            }

            at = wordEnd + 1;
        }

        if (words == 0)
        {
            return null;
        }

        if (strict && words == 1 && end < text.Length && text[end] is not (',' or '.' or '!' or '\n' or '\r' or ':' or ';' or '?' or '\'' or '’'))
        {
            return null;
        }

        return new EntityMatch("PERSON", start, end - start, text[start..end]);
    }

    private static int WordEnd(string text, int at)
    {
        var i = at;
        // A hyphen inside a name ("Do-yoon"), an apostrophe only before a capital ("O'Brien"): "won't" and "siddharth's" end at it.
        // A combining mark belongs to its word: the vowel signs of Devanagari and Thai ("स्नेहा").
        while (i < text.Length && (char.IsLetter(text[i]) || (i > at && Tagging.TextTokens.IsMark(text[i])) || (i > at && i + 1 < text.Length && ((text[i] == '-' && char.IsLetter(text[i + 1])) || (text[i] is '\'' or '’' && char.IsUpper(text[i + 1]))))))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether a value (a form field's, a table cell's) holds a word that could be a name: one that <see cref="IsNameWord"/> accepts.</summary>
    internal static bool HasNameWord(ReadOnlySpan<char> value)
    {
        foreach (var range in value.SplitAny(" ,;/()\t"))
        {
            var word = value[range].Trim(".'\"");
            if (word.Length >= 2 && !word.ContainsAnyInRange('0', '9') && IsNameWord(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Letters (a possessive <c>'s</c> aside) that are not an everyday English word and, written all in capitals, longer
    /// than an acronym; never an identifier with an underscore (<c>name: DB_PASSWORD</c> in a manifest names a setting).
    /// </summary>
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Contains('_'))
        {
            return false;
        }

        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^2];
        }

        if (word.Length < 2 || (word.Length <= 4 && Acronym(word)))
        {
            return false;
        }

        var lower = word.ToString().ToLowerInvariant();
        return !CommonWords.Contains(lower) && !NotNames.Contains(lower);
    }

    /// <summary>Capitals and no small letter ("USA", "HR", "ID2"); a word in a script without capitals ("최민준", "山田") is none.</summary>
    private static bool Acronym(ReadOnlySpan<char> word)
    {
        var (upper, lower) = Cases(word);
        return !lower && (upper || !word.ContainsAnyExceptInRange('0', '9') || word.IndexOfAnyInRange('0', '9') >= 0);
    }

    /// <summary>Whether <paramref name="text"/> has a capital and whether it has a small letter (neither, in a script without case).</summary>
    internal static (bool Upper, bool Lower) Cases(ReadOnlySpan<char> text)
    {
        var (upper, lower) = (false, false);
        foreach (var c in text)
        {
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
        }

        return (upper, lower);
    }

    /// <summary>Words that follow these cues and are not names, though no English dictionary lists them.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "gonna", "wanna", "gotta", "lol", "pls", "plz", "thx", "ty", "idk", "afk", "brb", "btw", "imo", "asap", "ok", "okay", "yall", "guys",
        "everyone", "folks", "team", "all", "there", "again", "back", "here", "sorry", "thanks", "teh", "u", "ur", "tmrw", "tomorrow",
        "madam", "sir", "sirs", "colleagues", "customer", "client", "admin", "support", "hiring", "manager",
        "standup", "stand-up", "retro", "kickoff", "offsite", "onboarding", "sprint", "webinar", "checkin", "sync",
    };

    private const int TimeoutMs = PatternDetector.MatchTimeoutMs;

    /// <summary>"my name is", "me llamo", "ich heiße", "je m'appelle", "mi chiamo", "meu nome é", "mijn naam is", "nazywam się", and after the name's field or a role ("Holder:", "attendees:", "forward this to").</summary>
    [GeneratedRegex(@"(?i)(?<![\w])(?:my\s{1,3}name\s{1,3}is|name's|me\s{1,3}llamo|mi\s{1,3}nombre\s{1,3}es|ich\s{1,3}hei(?:ß|ss)e|je\s{1,3}m'appelle|mi\s{1,3}chiamo|meu\s{1,3}nome\s{1,3}é|mijn\s{1,3}naam\s{1,3}is|nazywam\s{1,3}si[ęe]|forward\s{1,3}(?:this|it)\s{1,3}to|my\s{1,3}(?:landlord|landlady|boss|manager|neighbou?r|colleague|wife|husband|son|daughter|friend|tenant)|updated\s{1,3}by|holder:?|attendees:)(?=\s)", RegexOptions.None, TimeoutMs)]
    private static partial Regex Introduction();

    // Kinship words in other languages ("Onze dochter Lieke", "Meine Tochter Annika") and "in the name of" ("au nom de
    // Solène"): a pattern of its own, read only by texts with one of <see cref="KinWords"/>.
    [GeneratedRegex(@"(?i)\b(?:(?:onze|ons|mijn|meine?|unsere?|ma|mon|notre|mi|nuestr[ao]|mia|mio|nostr[ao]|minha|meu|nossa|nosso|moja|mój|nasz[ae]?|min|mitt|vår|vores|minun)\s{1,3}(?:dochter|zoon|vrouw|man|tochter|sohn|frau|mann|fille|fils|femme|mari|hija|hijo|esposa|esposo|marido|figlia|figlio|moglie|marito|filha|filho|córka|corka|syn|żona|zona|mąż|maz|dotter|datter|son|søn|fru|hustru|tytär|poika|vaimo|mies)|au\s{1,3}nom\s{1,3}de|a\s{1,3}nombre\s{1,3}de|a\s{1,3}nome\s{1,3}di|em\s{1,3}nome\s{1,3}de|im\s{1,3}namen\s{1,3}von|op\s{1,3}naam\s{1,3}van|in\s{1,3}the\s{1,3}name\s{1,3}of)(?=\s)", RegexOptions.None, TimeoutMs)]
    private static partial Regex Kinship();

    /// <summary>A greeting at the start of a line: "Dear", "Hi", "Hello", "Hey", "Bonjour", "Hallo", "Hola", "Ciao", "Olá", "Good morning", "Sehr geehrte Frau", "Liebe".</summary>
    /// <summary>
    /// Words before a name by the person's role or a form's field written without a colon: "ask for", "Reference for",
    /// "Hi it's", "Client", "l'amministratore", "your advisor", Arabic الاسم, Persian نام, Hindi नाम and अभिभावक, Hebrew שם מלא,
    /// Russian "Ребёнок:". Read only by texts with one of <see cref="RoleWords"/>.
    /// </summary>
    [GeneratedRegex(@"(?i)(?<![\w])(?:ask\s{1,3}for|reference\s{1,3}for|(?:hi|hey|hello),?\s{1,3}it'?s|client[e]?\s?:?|klient(?:in)?\s?:?|patient\s?:|l'amministratore|votre\s{1,3}conseill[eè]re?,?|your\s{1,3}(?:advisor|adviser|agent|consultant|coordinator),?|الاسم|اسم|نام|नाम|पूरा\s{1,3}नाम|अभिभावक|שם\s{1,3}מלא:?|имя:|ребёнок:|ребенок:|родитель:|дитина:|ім'я:)(?=\s)", RegexOptions.None, TimeoutMs)]
    private static partial Regex IntroductionByRole();

    /// <summary>What <see cref="Kinship"/> cannot match without.</summary>
    private static readonly System.Buffers.SearchValues<string> KinWords = System.Buffers.SearchValues.Create(
        ["dochter", "zoon", "vrouw", "tochter", "sohn", "frau", "mann", "fille", "fils", "femme", "mari", "hij", "esposa", "esposo", "marido", "figli", "moglie", "marito", "filh",
         "córka", "corka", "syn", "żona", "zona", "mąż", "maz", "dotter", "datter", "son", "søn", "fru", "hustru", "tytär", "poika", "vaimo", "mies", "man",
         "nom de", "nombre de", "nome di", "nome de", "namen von", "naam van", "name of"], StringComparison.OrdinalIgnoreCase);

    /// <summary>What <see cref="SignOff"/> cannot match without: a dash after a sentence or at a line's start.</summary>
    private static readonly System.Buffers.SearchValues<string> SignOffMarks = System.Buffers.SearchValues.Create([". -", ". –", ". —", "! -", "? -", "\n-", "\n–", "\n—", "\n~", ". ~"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> RoleWords = System.Buffers.SearchValues.Create(
        ["ask for", "reference for", "it's", "its ", "client", "klient", "patient", "amministratore", "conseill", "advis", "agent", "consultant", "coordinator",
         "اسم", "نام", "नाम", "अभिभावक", "שם", "имя", "ребёнок", "ребенок", "родитель", "дитина", "ім'я"],
        StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?im)^[ \t]*(?:dear|hi|hello|hey|hiya|bonjour|salut|hallo|hoi|moin|servus|gr[üu]ezi|hola|ciao|ol[áa]|good\s{1,3}(?:morning|afternoon|evening)|sehr\s{1,3}geehrte[r]?\s{1,3}(?:frau|herr)(?:\s{1,3}dr\.)?|liebe[r]?|cher|ch[èe]re|estimad[oa]|querid[oa]|car[oa]|gentile|beste|szanown[ya]\s{1,3}pan(?:i)?|hej|hei|moi|terve|kære|kæreste|kära|ahoj|dobr[ýy]\s{1,3}den(?:,?\s{1,3}(?:pane|paní))?|cze[śs][ćc]|witaj|bun[ăa](?:\s{1,3}ziua)?|merhaba|selam|sayın|habari|jambo|sawubona|kia\s{1,3}ora|aloha|talofa|mālō|salam|shalom|namaste|kumusta|hi\s{1,3}po|halo|hai|selamat\s{1,3}(?:pagi|siang|sore|malam)|xin\s{1,3}chào|chào|здравствуйте|привет|добрый\s{1,3}(?:день|вечер)|доброе\s{1,3}утро|уважаем(?:ый|ая)|вітаю|привіт|шановн(?:ий|а)|γει[αά]\s{1,3}σ(?:ου|ας)|αγαπητ[έή]|καλημέρα|مرحبا|عزيزي|عزيزتي|سلام|שלום)(?=,?[ \t])", RegexOptions.None, TimeoutMs)]
    private static partial Regex Greeting();

    /// <summary>A mail header naming people, at the start of a line (<c>From: Palesa Wojcik &lt;…&gt;</c>).</summary>
    [GeneratedRegex(@"(?im)^(?:from|to|cc|von|an|de|para|van|aan|od):(?=[ \t])", RegexOptions.None, TimeoutMs)]
    private static partial Regex Header();

    /// <summary>A chat export's speaker: a date and time before the name (<c>[12/03/2026, 09:14] </c>, <c>04/02/2026 21:04 - </c>), or <c>&lt;</c>.</summary>
    [GeneratedRegex(@"(?m)^(?:\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s\d{1,2}:\d{2}\s-|<(?=\p{Lu}[^>\n]{1,40}>))", RegexOptions.None, TimeoutMs)]
    private static partial Regex ChatLabel();

    // A message signed with a dash and a name that ends its line, after a sentence ("Bins go out on Tuesday. – Imogen"), or
    // on the text's last line when the line before is no list item ("…\nq3jf-zenm\n- Imogen"; the scanner folds dashes to
    // '-'). "Step 4 – Reboot" and a list's last "- Milk" are no signatures.
    [GeneratedRegex(@"(?m)(?:(?<=[.!?][ \t]{1,3})[–—~-]|(?<=\n)(?<!\n[ \t]*[-–—*•][^\n]*\n)[–—~-](?=[^\n]*\s*\z))[ \t]?(?=\p{Lu}\p{Ll}{1,20}(?:[ \t]\p{Lu}\p{Ll}{1,20})?[ \t]*\r?$)", RegexOptions.None, TimeoutMs)]
    private static partial Regex SignOff();

    /// <summary>What <see cref="Possessive"/> cannot match without.</summary>
    private static readonly System.Buffers.SearchValues<string> AttributeWords = System.Buffers.SearchValues.Create(
        ["birth", "dob", "mail", "phone", "number", "address", "passport", "password"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![\w'’-])(?<name>\p{L}[\p{L}-]{1,30}?)(?<s>['’]s|s)[ \t]{1,3}(?i:(?:(?:full|new|old|home|work|mobile|cell|personal|private|current|real|exact)[ \t]{1,3}){0,2}(?:birthday|birth[ \t]?date|date[ \t]{1,3}of[ \t]{1,3}birth|dob|e-?mail|phone|number|address|passport|password))\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"(?im)^[ \t]*(?:present|attendees|attending|in[ \t]attendance|participants|apologies|absent|guests|invitees|anwesend|teilnehmer(?:innen)?|entschuldigt|pr[ée]sents?|excus[ée]s?|presentes|asistentes|ausentes|aanwezig|afwezig|deelnemers|presenti|assenti|partecipanti|obecni|n[äa]rvarande|l[äa]sn[äa])[ \t]*:", RegexOptions.None, TimeoutMs)]
    private static partial Regex AttendanceLabel();

    [GeneratedRegex(@"[ \t](?:and|und|et|y|e|en|og|och|ja|i)[ \t]", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex ListAnd();

    [GeneratedRegex(@"(?m)^(?<name>\p{Ll}[\p{L}'-]{1,30}(?: \p{Ll}[\p{L}'-]{1,30})?):[ \t]+\S+[ \t]+\S", RegexOptions.None, TimeoutMs)]
    private static partial Regex LowerSpeakerLine();

    /// <summary>
    /// A closing before a name that ends its line, at a line's start or after a sentence, or with the name on the next line:
    /// "Groetjes Maaike", "Liebe Grüße,\nAnnika", "Kind regards, Tom Baker", "Cordialement, Solène".
    /// </summary>
    [GeneratedRegex(@"(?im)(?:^|(?<=[.!?][ \t]{1,3}))[ \t]*(?:groetjes|groeten|(?:liebe[ \t]|viele[ \t]|beste[ \t])?gr[üu](?:ß|ss)e|lg|saludos|un[ \t]saludo|abrazos|besos|cordialement|bisous|bises|amiti[ée]s|cumprimentos|abra[çc]os|beijos|saluti|un[ \t]saluto|baci|pozdrawiam|pozdrowienia|h[äa]lsningar|mvh|hilsen|terveisin|(?:kind|best|warm|many)[ \t]regards|regards|cheers|xoxo|thanks|thank[ \t]you|many[ \t]thanks)(?:[,!]?[ \t]+|[,!]?[ \t]*\r?\n[ \t]*)(?=\p{Lu}\p{Ll}{1,20}(?:[ \t]\p{Lu}\p{Ll}{1,20})?[ \t]*[.!]?[ \t]*\r?$)", RegexOptions.None, TimeoutMs)]
    private static partial Regex Closing();

    [GeneratedRegex(@"(?i)(?:m\.\s?/\s?mme|mme\s?/\s?m\.|mr\.?\s?/\s?(?:mrs|ms)|sr\.?\s?/\s?sra|hr\.?\s?/\s?fr|mr|mrs|ms|miss|dr|prof|frau|herr|mme|mlle|m\.|sr|sra|srta|sig\.?|sig\.ra|dott\.?|pan|pani|pane|paní|г-н|г-жа|господин|госпожа|пан|пані|κ\.|κε|κύριε|κυρία|السيد|السيدة|آقای|خانم|מר|גב')\.?\s{1,3}", RegexOptions.None, TimeoutMs)]
    private static partial Regex Title();

    /// <summary>
    /// A title before a capitalised name, anywhere: "Dr Ellison", "Ms. Okafor", "Herr Lindqvist", "Paní Veselá", "г-н Волков",
    /// "госпожа Петрова", "κύριος Παπαδόπουλος", "السيد …", "آقای …", "Bay Yılmaz". (English titles were left to the tagger
    /// until a blind set showed it missing "Kind regards, Dr Ellison".)
    /// </summary>
    [GeneratedRegex(@"(?<![\w.])(?:Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Dr\.?|Prof\.?|Herr|Frau|Hr\.|Fr\.|Pan|Pani|Pane|Paní|Panu|Bay|Bayan|Sayın|Tuan|Puan|Bapak|Pak|Ibu|Señor|Señora|Señorita|Signor|Signora|Senhor|Senhora|Meneer|Mevrouw|Dhr\.|Mevr\.|Fru|Herra|Rouva|г-(?:н|жа|ну|на|же|не)|[Гг]осподин[уае]?|[Гг]оспож[аеи]|[Гг]раждан(?:ин|ка)|пан|пані|[Κκ]ύριος|[Κκ]υρία|[Κκ]ύριε|κ\.|السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة|آقای|خانم|מר|גב'|גברת)\s{1,3}(?=\p{L})", RegexOptions.None, TimeoutMs)]
    private static partial Regex CapitalAfterTitle();

    /// <summary>"I'm", "I am" in lower-case chat ("i'm chiamaka, siddharth's sister").</summary>
    [GeneratedRegex(@"(?<![\w])(?:i'm|i\s{1,3}am|im)(?=\s)", RegexOptions.None, TimeoutMs)]
    private static partial Regex SelfIntroduction();
}
