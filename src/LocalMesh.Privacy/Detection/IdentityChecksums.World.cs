namespace LocalMesh.Privacy.Detection;

/// <summary>The check digits of identity numbers of Asian, Middle Eastern and Latin American countries.</summary>
public static partial class IdentityChecksums
{
    /// <summary>South Korea, 주민등록번호 (resident registration number): YYMMDD-GNNNNNC, weights 2..9, 2..5 and (11 - sum mod 11) mod 10.</summary>
    public static bool KoreanRrn(string value)
    {
        var d = Digits(value);
        if (d.Length != 13 || d[6] is 0 or 9 || !ValidDayMonth((d[4] * 10) + d[5], (d[2] * 10) + d[3]))
        {
            return false;
        }

        return (11 - (Weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 == d[12];
    }

    /// <summary>
    /// Taiwan, 身分證 (national id) and the new resident certificate: a letter for the place of registration, 1/2 (or 8/9),
    /// 8 digits; the letter's two-digit code and the digits weighted 1,9,8..1,1 sum to a multiple of 10.
    /// </summary>
    public static bool TaiwanId(string value)
    {
        var s = value.ToUpperInvariant();
        if (s.Length != 10 || s[0] is < 'A' or > 'Z' || s[1] is not ('1' or '2' or '8' or '9') || s.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var code = "ABCDEFGHJKLMNPQRSTUVXYWZIO".IndexOf(s[0], StringComparison.Ordinal) + 10; // A=10 … H=17, J=18 …, W=32, Z=33, I=34, O=35
        var sum = (code / 10) + (code % 10 * 9);
        for (var i = 1; i < 9; i++)
        {
            sum += (s[i] - '0') * (9 - i);
        }

        return (sum + (s[9] - '0')) % 10 == 0;
    }

    /// <summary>Hong Kong, HKID: one or two letters, six digits and a check digit or A (weights 9..2 with a lone letter's blank as 36, mod 11).</summary>
    public static bool HongKongId(string value)
    {
        var s = Compact(value);
        if (s.Length is not (8 or 9))
        {
            return false;
        }

        var letters = s.Length - 7;
        var sum = letters == 1 ? 36 * 9 : 0;
        for (var i = 0; i < letters; i++)
        {
            if (s[i] is < 'A' or > 'Z')
            {
                return false;
            }

            sum += (s[i] - 'A' + 10) * (letters == 1 ? 8 : 9 - i);
        }

        for (var i = 0; i < 6; i++)
        {
            var c = s[letters + i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            sum += (c - '0') * (7 - i);
        }

        var check = (11 - (sum % 11)) % 11;
        return (check == 10 ? 'A' : (char)('0' + check)) == s[^1];
    }

    /// <summary>United Arab Emirates, Emirates ID: 784, the birth year, seven digits and a Luhn check digit (15 digits).</summary>
    public static bool EmiratesId(string value)
    {
        var d = Digits(value);
        return d.Length == 15 && d[0] == 7 && d[1] == 8 && d[2] == 4 && LuhnAny(value);
    }

    /// <summary>Saudi Arabia, national id (1…) or iqama (2…): 10 digits, Luhn.</summary>
    public static bool SaudiId(string value)
    {
        var d = Digits(value);
        return d.Length == 10 && d[0] is 1 or 2 && LuhnAny(value);
    }

    /// <summary>Israel, מספר זהות (teudat zehut): 9 digits (shorter ones padded with zeros), Luhn.</summary>
    public static bool IsraeliId(string value)
    {
        var d = Digits(value);
        return d.Length == 9 && LuhnAny(value);
    }

    /// <summary>Kazakhstan, ИИН/ЖСН (IIN): YYMMDD, a century-and-sex digit (0–6), four digits and a mod-11 check with a second set of weights.</summary>
    public static bool KazakhIin(string value)
    {
        var d = Digits(value);
        if (d.Length != 12 || d[6] > 6 || !ValidDayMonth((d[4] * 10) + d[5], (d[2] * 10) + d[3]))
        {
            return false;
        }

        var check = Weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
        if (check == 10)
        {
            check = Weighted(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
        }

        return check != 10 && check == d[11];
    }

    /// <summary>Japan, マイナンバー (individual number): 12 digits; from the right, weights 2..7, 2..6, and 11 minus the sum mod 11 (0 or 1 give 0).</summary>
    public static bool JapaneseMyNumber(string value)
    {
        var d = Digits(value);
        if (d.Length != 12)
        {
            return false;
        }

        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            sum += d[11 - n] * (n <= 6 ? n + 1 : n - 5);
        }

        var r = sum % 11;
        return (r <= 1 ? 0 : 11 - r) == d[11];
    }

    /// <summary>Thailand, เลขประจำตัวประชาชน (national id): 13 digits, weights 13..2 and (11 - sum mod 11) mod 10.</summary>
    public static bool ThaiId(string value)
    {
        var d = Digits(value);
        return d.Length == 13 && d[0] != 0 && (11 - (Weighted(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 == d[12];
    }

    /// <summary>Ukraine, РНОКПП/ІПН (taxpayer number): 10 digits, weights -1,5,7,9,4,6,10,5,7 and the sum mod 11 mod 10.</summary>
    public static bool UkrainianTaxNumber(string value)
    {
        var d = Digits(value);
        return d.Length == 10 && ((Weighted(d, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11) + 11) % 11 % 10 == d[9];
    }

    /// <summary>Chile, RUT/RUN: 7–8 digits and a check digit or K (weights 2..7 from the right, 11 minus the sum mod 11).</summary>
    public static bool ChileanRut(string value)
    {
        var s = Compact(value);
        if (s.Length is < 8 or > 9 || s.AsSpan(0, s.Length - 1).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var sum = 0;
        for (var i = s.Length - 2; i >= 0; i--)
        {
            sum += (s[i] - '0') * (2 + ((s.Length - 2 - i) % 6));
        }

        var check = 11 - (sum % 11);
        return (check switch { 11 => '0', 10 => 'K', _ => (char)('0' + check) }) == s[^1];
    }

    /// <summary>
    /// A birth date inside an identity number, its digits from the <paramref name="at"/>-th on (separators and letters
    /// skipped): DDMMYY, or YYMMDD when <paramref name="yearFirst"/>; the day + 40 for women in Indonesia's NIK, the month
    /// + 20 for a later century in Mongolia's register number.
    /// </summary>
    public static bool HasBirthDate(string value, int at, bool yearFirst = false, bool dayPlus40 = false, bool monthPlus20 = false)
    {
        var d = Digits(value);
        if (d.Length < at + 6)
        {
            return false;
        }

        var (dayAt, monthAt) = yearFirst ? (at + 4, at + 2) : (at, at + 2);
        var day = (d[dayAt] * 10) + d[dayAt + 1];
        var month = (d[monthAt] * 10) + d[monthAt + 1];
        return ValidDayMonth(dayPlus40 && day > 40 ? day - 40 : day, monthPlus20 && month > 20 ? month - 20 : month);
    }
}
