namespace LocalMesh.Privacy.Detection;

/// <summary>Check digits that tell real card and account numbers from random digit runs.</summary>
public static class Checksums
{
    /// <summary>The Luhn check of payment card numbers (digits only are read; separators are skipped).</summary>
    public static bool Luhn(ReadOnlySpan<char> number)
    {
        int sum = 0, digits = 0;
        for (var i = number.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(number[i]))
            {
                continue;
            }

            var d = number[i] - '0';
            if (digits++ % 2 == 1)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return digits >= 12 && sum % 10 == 0;
    }

    /// <summary>The ISO 13616 mod-97 check of an IBAN (spaces are skipped, letters case-insensitive).</summary>
    public static bool Iban(ReadOnlySpan<char> iban)
    {
        var compact = new string([.. iban.ToString().Where(c => c != ' ').Select(char.ToUpperInvariant)]);
        if (compact.Length is < 15 or > 34 || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1]) || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        var rearranged = compact[4..] + compact[..4];
        var remainder = 0;
        foreach (var c in rearranged)
        {
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    /// <summary>Shannon entropy in bits per character: random keys are high (> 3.5), words and repeats low.</summary>
    public static double Entropy(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var counts = new Dictionary<char, int>();
        foreach (var c in text)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / text.Length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }
}
