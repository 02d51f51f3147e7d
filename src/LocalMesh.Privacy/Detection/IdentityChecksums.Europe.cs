namespace LocalMesh.Privacy.Detection;

/// <summary>The check digits of identity numbers of the Nordic, Baltic, Central and South-East European countries, Turkey, Portugal and Ireland.</summary>
public static partial class IdentityChecksums
{
    /// <summary>Turkey, T.C. kimlik numarası: 11 digits, not starting with 0; the 10th from the odd and even places, the 11th the sum of the first ten.</summary>
    public static bool TurkishId(string value)
    {
        var d = Digits(value);
        if (d.Length != 11 || d[0] == 0)
        {
            return false;
        }

        var odd = d[0] + d[2] + d[4] + d[6] + d[8];
        var even = d[1] + d[3] + d[5] + d[7];
        return ((odd * 7) - even + 100) % 10 == d[9] && (odd + even + d[9]) % 10 == d[10];
    }

    /// <summary>
    /// Norway, fødselsnummer (and D-number, day + 40): DDMMYY, three digits and two mod-11 check digits.
    /// </summary>
    public static bool NorwegianBirthNumber(string value)
    {
        var d = Digits(value);
        if (d.Length != 11 || !ValidDayMonth(((d[0] * 10) + d[1]) % 40, (d[2] * 10) + d[3]))
        {
            return false;
        }

        return Mod11Check(d, [3, 7, 6, 1, 8, 9, 4, 5, 2], 9) && Mod11Check(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10);

        static bool Mod11Check(int[] d, ReadOnlySpan<int> weights, int at)
        {
            var check = 11 - (Weighted(d, weights) % 11);
            return check != 10 && check % 11 == d[at];
        }
    }

    /// <summary>
    /// Czech Republic and Slovakia, rodné číslo: YYMMDD (the month + 50 for women, + 20 for later numbers) / four digits,
    /// the ten digits divisible by 11 (or, in numbers of 1954–1985, the first nine leaving 10 and a final 0).
    /// </summary>
    public static bool CzechBirthNumber(string value)
    {
        var d = Digits(value);
        if (d.Length != 10 || !ValidDayMonth((d[4] * 10) + d[5], ((d[2] * 10) + d[3]) % 50 % 20))
        {
            return false;
        }

        var n = long.Parse(string.Concat(d), System.Globalization.CultureInfo.InvariantCulture);
        return n % 11 == 0 || ((n / 10) % 11 == 10 && d[9] == 0);
    }

    /// <summary>Croatia, OIB (osobni identifikacijski broj): 11 digits, ISO 7064 MOD 11,10.</summary>
    public static bool CroatianOib(string value)
    {
        var d = Digits(value);
        return d.Length == 11 && Iso7064Mod11x10(d);
    }

    /// <summary>
    /// Serbia, Bosnia and Herzegovina, Montenegro, North Macedonia (JMBG/ЕМБГ) and Slovenia (EMŠO): DDMMYYY, region, serial,
    /// and 11 minus the weighted sum (7..2 twice) mod 11, where 10 and 11 give 0.
    /// </summary>
    public static bool YugoslavJmbg(string value)
    {
        var d = Digits(value);
        if (d.Length != 13 || !ValidDayMonth((d[0] * 10) + d[1], (d[2] * 10) + d[3]))
        {
            return false;
        }

        var check = 11 - (Weighted(d, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
        return (check > 9 ? 0 : check) == d[12];
    }

    /// <summary>Bulgaria, ЕГН (EGN): YYMMDD (the month + 20 before 1900, + 40 from 2000), three digits and a mod-11 check digit (10 gives 0).</summary>
    public static bool BulgarianEgn(string value)
    {
        var d = Digits(value);
        if (d.Length != 10)
        {
            return false;
        }

        var month = (d[2] * 10) + d[3];
        if (!ValidDayMonth((d[4] * 10) + d[5], month > 40 ? month - 40 : month > 20 ? month - 20 : month))
        {
            return false;
        }

        var check = Weighted(d, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11;
        return (check == 10 ? 0 : check) == d[9];
    }

    /// <summary>
    /// Estonia (isikukood) and Lithuania (asmens kodas): a century-and-sex digit (1–6), YYMMDD, three digits and a mod-11
    /// check digit with a second set of weights when the first gives 10.
    /// </summary>
    public static bool BalticPersonalCode(string value)
    {
        var d = Digits(value);
        if (d.Length != 11 || d[0] is < 1 or > 6 || !ValidDayMonth((d[5] * 10) + d[6], (d[3] * 10) + d[4]))
        {
            return false;
        }

        var check = Weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
        if (check == 10)
        {
            check = Weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
            check = check == 10 ? 0 : check;
        }

        return check == d[10];
    }

    /// <summary>Latvia, personas kods of the old form: DDMMYY-CNNNN, the last digit (1101 minus the weighted sum) mod 11.</summary>
    public static bool LatvianPersonalCode(string value)
    {
        var d = Digits(value);
        if (d.Length != 11 || !ValidDayMonth((d[0] * 10) + d[1], (d[2] * 10) + d[3]))
        {
            return false;
        }

        return (1101 - Weighted(d, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11 == d[10];
    }

    /// <summary>Iceland, kennitala: DDMMYY (day + 40 for a company), two digits, a mod-11 check digit and the century (9, 0 or 8).</summary>
    public static bool IcelandicKennitala(string value)
    {
        var d = Digits(value);
        if (d.Length != 10 || d[9] is not (9 or 0 or 8) || !ValidDayMonth(((d[0] * 10) + d[1]) % 40, (d[2] * 10) + d[3]))
        {
            return false;
        }

        var check = 11 - (Weighted(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
        return check != 10 && check % 11 == d[8];
    }

    /// <summary>Austria, Sozialversicherungsnummer: three digits, a check digit (weights 3,7,9 and 5,8,4,2,1,6 mod 11) and the birth date DDMMYY.</summary>
    public static bool AustrianSvnr(string value)
    {
        var d = Digits(value);
        if (d.Length != 10 || d[0] == 0 || !ValidDayMonth((d[4] * 10) + d[5], (d[6] * 10) + d[7]))
        {
            return false;
        }

        var check = Weighted(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
        return check != 10 && check == d[3];
    }

    /// <summary>Portugal, NIF (número de contribuinte) of a person or company: 9 digits, 11 minus the weighted sum (9..2) mod 11 (10 and 11 give 0).</summary>
    public static bool PortugueseNif(string value)
    {
        var d = Digits(value);
        if (d.Length != 9 || d[0] is 0 or 4)
        {
            return false;
        }

        var check = 11 - (Weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
        return (check > 9 ? 0 : check) == d[8];
    }

    /// <summary>Ireland, PPS number: 7 digits, a check letter (weights 8..2, and 9 for a second letter A–I, mod 23) and maybe a second letter.</summary>
    public static bool IrishPps(string value)
    {
        var s = Compact(value);
        if (s.Length is not (8 or 9) || s.AsSpan(0, 7).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var sum = Weighted(Digits(s[..7]), [8, 7, 6, 5, 4, 3, 2]);
        if (s.Length == 9)
        {
            if (s[8] is not ('W' or (>= 'A' and <= 'I')))
            {
                return false;
            }

            sum += s[8] == 'W' ? 0 : (s[8] - 'A' + 1) * 9;
        }

        return "WABCDEFGHIJKLMNOPQRSTUV"[sum % 23] == s[7];
    }

    /// <summary>Hungary, TAJ (social security) number: 9 digits, weights 3 and 7 in turn over the first eight, mod 10.</summary>
    public static bool HungarianTaj(string value)
    {
        var d = Digits(value);
        return d.Length == 9 && Weighted(d, [3, 7, 3, 7, 3, 7, 3, 7]) % 10 == d[8];
    }

    /// <summary>ISO 7064 MOD 11,10 over all digits, the last the check digit (Croatia's OIB; Germany's tax id, which adds a rule of its own).</summary>
    private static bool Iso7064Mod11x10(int[] d)
    {
        var product = 10;
        for (var i = 0; i < d.Length - 1; i++)
        {
            var sum = (d[i] + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }

        return (11 - product) % 10 == d[^1];
    }

    /// <summary>The sum of the first <c>weights.Length</c> digits, each times its weight.</summary>
    private static int Weighted(int[] d, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += d[i] * weights[i];
        }

        return sum;
    }
}
