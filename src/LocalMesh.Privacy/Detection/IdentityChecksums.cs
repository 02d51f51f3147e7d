namespace LocalMesh.Privacy.Detection;

/// <summary>
/// The check digits of national identity and tax numbers. Each takes the number as written (separators are skipped)
/// and says whether its check digit or letter is right: a random digit run of the same length passes one time in ten
/// to one in ninety-seven, which is what lets <see cref="IdentityNumberDetector"/> report the distinctive formats
/// without a context word and keep the plain ones (nine or eleven bare digits) to text that names them.
/// </summary>
public static partial class IdentityChecksums
{
    /// <summary>Germany, steuerliche Identifikationsnummer: 11 digits, ISO 7064 MOD 11,10; the first ten hold one digit twice or three times.</summary>
    public static bool GermanTaxId(string value)
    {
        var d = Digits(value);
        if (d.Length != 11 || d[0] == 0)
        {
            return false;
        }

        Span<int> counts = stackalloc int[10];
        for (var i = 0; i < 10; i++)
        {
            counts[d[i]]++;
        }

        int repeated = 0, max = 0;
        foreach (var c in counts)
        {
            repeated += c > 1 ? 1 : 0;
            max = Math.Max(max, c);
        }

        if (repeated != 1 || max > 3)
        {
            return false;
        }

        return Iso7064Mod11x10(d);
    }

    /// <summary>The 7-3-1 check of machine-readable travel documents (ICAO 9303), over letters and digits; the last character is the check digit.</summary>
    public static bool Icao(string value)
    {
        var s = Compact(value);
        return s.Length >= 2 && Icao(s.AsSpan(0, s.Length - 1), s[^1]);
    }

    /// <summary>The ICAO 9303 check digit of a field as a machine-readable zone writes it: weights 7, 3, 1; digits count as themselves, letters 10–35, the filler <c>&lt;</c> 0.</summary>
    public static bool Icao(ReadOnlySpan<char> field, char check)
    {
        ReadOnlySpan<int> weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            var value = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                '<' => 0,
                _ => -1,
            };
            if (value < 0)
            {
                return false;
            }

            sum += value * weights[i % 3];
        }

        return char.IsAsciiDigit(check) && sum % 10 == check - '0';
    }

    /// <summary>France, NIR (numéro de sécurité sociale): 13 digits (Corsica's 2A/2B read as 19/18) and a key of 97 minus the number mod 97.</summary>
    public static bool FrenchNir(string value)
    {
        var s = Compact(value);
        if (s.Length != 15)
        {
            return false;
        }

        var body = s[..13].Replace("2A", "19", StringComparison.Ordinal).Replace("2B", "18", StringComparison.Ordinal);
        return long.TryParse(body, out var n) && int.TryParse(s[13..], out var key) && key == 97 - (int)(n % 97);
    }

    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>Spain, DNI (8 digits and a letter) or NIE (X, Y or Z, 7 digits and a letter): the letter is the number mod 23.</summary>
    public static bool SpanishId(string value)
    {
        var s = Compact(value);
        if (s.Length != 9 || !char.IsAsciiLetterUpper(s[8]))
        {
            return false;
        }

        var digits = s[0] switch { 'X' => "0" + s[1..8], 'Y' => "1" + s[1..8], 'Z' => "2" + s[1..8], _ => s[..8] };
        return int.TryParse(digits, out var n) && DniLetters[n % 23] == s[8];
    }

    private static readonly int[] CfOdd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    /// <summary>Italy, codice fiscale: 16 characters whose last is a check letter over the odd and even positions' tables.</summary>
    public static bool ItalianFiscalCode(string value)
    {
        var s = value.ToUpperInvariant();
        if (s.Length != 16)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = s[i];
            var v = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? CfOdd[v] : v;
        }

        return s[15] == (char)('A' + (sum % 26));
    }

    /// <summary>The Netherlands, BSN: 9 digits passing the "11-proef" (weights 9..2 and -1).</summary>
    public static bool DutchBsn(string value)
    {
        var d = Digits(value);
        if (d.Length != 9 || d[0] == 0)
        {
            return false;
        }

        var sum = -d[8];
        for (var i = 0; i < 8; i++)
        {
            sum += d[i] * (9 - i);
        }

        return sum % 11 == 0;
    }

    /// <summary>Poland, PESEL: 11 digits, weights 1-3-7-9, a month that encodes the century (01–12, 21–32, ...).</summary>
    public static bool PolishPesel(string value)
    {
        var d = Digits(value);
        if (d.Length != 11 || (((d[2] * 10) + d[3]) % 20) is 0 or > 12 || ((d[4] * 10) + d[5]) is 0 or > 31)
        {
            return false;
        }

        return (10 - (Weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 == d[10];
    }

    /// <summary>The Luhn check over any number of digits (Canada's SIN, South Africa's ID, Sweden's personnummer without its century).</summary>
    public static bool LuhnAny(string value)
    {
        var d = Digits(value);
        var sum = 0;
        for (var i = 0; i < d.Length; i++)
        {
            var x = d[d.Length - 1 - i];
            if (i % 2 == 1)
            {
                x = x * 2 > 9 ? (x * 2) - 9 : x * 2;
            }

            sum += x;
        }

        return d.Length > 1 && sum % 10 == 0;
    }

    /// <summary>
    /// Romania, CNP (cod numeric personal): 13 digits — sex and century, birth date (yymmdd), county, serial — and a
    /// check digit: the first 12 weighted 2,7,9,1,4,6,3,5,8,2,7,9, sum mod 11 (10 counts as 1).
    /// </summary>
    public static bool RomanianCnp(string value)
    {
        var d = Digits(value);
        if (d.Length != 13 || d[0] == 0 || !ValidDayMonth(d[5] * 10 + d[6], d[3] * 10 + d[4]))
        {
            return false;
        }

        var sum = Weighted(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]);
        var check = sum % 11 == 10 ? 1 : sum % 11;
        return check == d[12];
    }

    /// <summary>Greece, AMKA (social security number): 11 digits, the first six the birth date (ddmmyy), and the Luhn check.</summary>
    public static bool GreekAmka(string value)
    {
        var d = Digits(value);
        return d.Length == 11 && ValidDayMonth(d[0] * 10 + d[1], d[2] * 10 + d[3]) && LuhnAny(value);
    }

    private static bool ValidDayMonth(int day, int month) => day is >= 1 and <= 31 && month is >= 1 and <= 12;

    /// <summary>Australia, tax file number: 9 digits, weights 1,4,3,7,5,8,6,9,10, sum divisible by 11.</summary>
    public static bool AustralianTfn(string value)
    {
        var d = Digits(value);
        if (d.Length != 9)
        {
            return false;
        }

        return Weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0;
    }

    private static readonly int[,] VerhoeffD =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 }, { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
        { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 }, { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
        { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 }, { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly int[,] VerhoeffP =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 }, { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
        { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 }, { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    /// <summary>India, Aadhaar: 12 digits, the first 2–9, with a Verhoeff check digit.</summary>
    public static bool Aadhaar(string value)
    {
        var d = Digits(value);
        if (d.Length != 12 || d[0] < 2)
        {
            return false;
        }

        var c = 0;
        for (var i = 0; i < 12; i++)
        {
            c = VerhoeffD[c, VerhoeffP[i % 8, d[11 - i]]];
        }

        return c == 0;
    }

    /// <summary>Brazil, CPF: 11 digits, two mod-11 check digits; a run of one repeated digit is not a CPF.</summary>
    public static bool BrazilianCpf(string value)
    {
        var d = Digits(value);
        if (d.Length != 11 || d.All(x => x == d[0]))
        {
            return false;
        }

        for (var n = 9; n <= 10; n++)
        {
            var sum = 0;
            for (var i = 0; i < n; i++)
            {
                sum += d[i] * (n + 1 - i);
            }

            var check = sum % 11 < 2 ? 0 : 11 - (sum % 11);
            if (check != d[n])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Switzerland, AHV/AVS number: 13 digits starting 756, an EAN-13 check digit.</summary>
    public static bool SwissAhv(string value)
    {
        var d = Digits(value);
        if (d.Length != 13 || d[0] != 7 || d[1] != 5 || d[2] != 6)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += d[i] * (i % 2 == 0 ? 1 : 3);
        }

        return (10 - (sum % 10)) % 10 == d[12];
    }

    /// <summary>China, resident identity number: 17 digits (region, birth date, sequence) and an ISO 7064 MOD 11-2 check (0–9 or X).</summary>
    public static bool ChineseResidentId(string value)
    {
        var s = value.ToUpperInvariant();
        if (s.Length != 18)
        {
            return false;
        }

        ReadOnlySpan<int> w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (s[i] - '0') * w[i];
        }

        return "10X98765432"[sum % 11] == s[17];
    }

    /// <summary>Finland, henkilötunnus: DDMMYY, a century sign, three digits and a check character (the nine digits mod 31).</summary>
    public static bool FinnishHetu(string value)
    {
        if (value.Length != 11 || !int.TryParse(string.Concat(value.AsSpan(0, 6), value.AsSpan(7, 3)), out var n))
        {
            return false;
        }

        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31] == char.ToUpperInvariant(value[10]);
    }

    /// <summary>Belgium, national register number: YYMMDD, a three-digit sequence, and 97 minus the nine digits mod 97 (with a leading 2 for births from 2000).</summary>
    public static bool BelgianNationalNumber(string value)
    {
        var d = Compact(value);
        if (d.Length != 11 || !long.TryParse(d[..9], out var n) || !int.TryParse(d[9..], out var check))
        {
            return false;
        }

        return check == 97 - (int)(n % 97) || check == 97 - (int)((2_000_000_000 + n) % 97);
    }

    /// <summary>Singapore, NRIC/FIN: a prefix letter, 7 digits and a check letter (weights 2,7,6,5,4,3,2).</summary>
    public static bool SingaporeNric(string value)
    {
        var s = value.ToUpperInvariant();
        if (s.Length != 9)
        {
            return false;
        }

        ReadOnlySpan<int> w = [2, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (s[i + 1] - '0') * w[i];
        }

        sum += s[0] switch { 'T' or 'G' => 4, 'M' => 3, _ => 0 };
        var table = s[0] switch { 'S' or 'T' => "JZIHGFEDCBA", 'F' or 'G' => "XWUTRQPNMLK", _ => "XWUTRQPNJLK" };
        return table[sum % 11] == s[8];
    }

    /// <summary>The digits of a value, separators skipped.</summary>
    private static int[] Digits(string value)
    {
        // A loop, not LINQ: every candidate number is checked against some forty formats.
        var count = 0;
        foreach (var c in value)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        var digits = new int[count];
        var i = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[i++] = c - '0';
            }
        }

        return digits;
    }

    /// <summary>The letters and digits of a value, upper case, separators skipped.</summary>
    private static string Compact(string value) => new([.. value.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
}
