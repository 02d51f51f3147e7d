namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Whether a digit run starts like a payment card of its length (issuer identification numbers): Visa 4, Mastercard
/// 51–55 and 2221–2720, American Express 34/37, Diners 30/36/38/39, Discover and UnionPay 6, JCB 35, Maestro 50 and
/// 56–69 (12 to 19 digits), UATP 1, Mir 2200–2204, RuPay 81/82. A Luhn-valid run with another start is not a card.
/// </summary>
public static class CardIssuers
{
    /// <summary>Whether the digits of <paramref name="number"/> (separators skipped) have a card issuer's prefix and length.</summary>
    public static bool Known(ReadOnlySpan<char> number)
    {
        Span<char> digits = stackalloc char[19];
        var n = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length)
                {
                    return false;
                }

                digits[n++] = c;
            }
        }

        if (n < 12)
        {
            return false;
        }

        var two = ((digits[0] - '0') * 10) + (digits[1] - '0');
        var four = (two * 100) + ((digits[2] - '0') * 10) + (digits[3] - '0');
        return digits[0] switch
        {
            '4' => n is 13 or 16 or 19,
            '5' => two is >= 51 and <= 55 ? n == 16 : two is 50 or >= 56, // Mastercard; Maestro 12–19
            '6' => true, // Discover, UnionPay, Maestro, RuPay 60/65: 12–19 digits
            '3' => two is 34 or 37 ? n == 15 : two is 30 or 35 or 36 or 38 or 39 && n >= 14,
            '2' => (four is >= 2221 and <= 2720 && n == 16) || (four is >= 2200 and <= 2204 && n >= 16) || (four is 2014 or 2149 && n == 15),
            '1' => n == 15, // UATP
            '8' => two is 81 or 82 && n == 16, // RuPay
            _ => false,
        };
    }
}
