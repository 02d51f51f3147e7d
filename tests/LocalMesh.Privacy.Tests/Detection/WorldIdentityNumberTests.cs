using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>
/// Identity numbers of more countries: the published example numbers (Wikipedia's, the issuers') and numbers made with
/// each check rule are found — the distinctive formats anywhere, the plain digit runs after the words that name them —
/// and the same numbers with one digit changed, or without their words, are not.
/// </summary>
public sealed class WorldIdentityNumberTests
{
    private static string[] Ids(string text) => [.. new IdentityNumberDetector().Detect(text).Select(m => m.Value)];

    [Theory]
    [InlineData("주민등록번호 850317-1234563 입니다", "850317-1234563")] // KR, with its dash anywhere
    [InlineData("HKID A123456(3) please", "A123456(3)")] // HK, bracketed check digit (the issuer's example)
    [InlineData("holder AB987654(3)", "AB987654(3)")] // HK, two letters
    [InlineData("Emirates ID 784-1968-6570305-0 attached", "784-1968-6570305-0")] // AE, Luhn
    [InlineData("CNIC 35202-1234567-1 برائے", "35202-1234567-1")] // PK, its 5-7-1 shape
    [InlineData("r.č. 710319/2745", "710319/2745")] // CZ, divisible by 11
    [InlineData("IC: 850317-14-5021", "850317-14-5021")] // MY MyKad, a birth date first
    [InlineData("บัตร 1-1017-00230-70-8 ครับ", "1-1017-00230-70-8")] // TH, grouped
    [InlineData("RUT 12.345.678-5", "12.345.678-5")] // CL, the usual example
    [InlineData("регистрийн дугаар УБ90041512", "УБ90041512")] // MN, two Cyrillic letters and the birth date
    [InlineData("personas kods 161175-19997", "161175-19997")] // LV, the usual example
    [InlineData("kt. 120174-3399", "120174-3399")] // IS, Wikipedia's example
    [InlineData("PPS No 1234567T", "1234567T")] // IE, mod 23 letter
    public void DistinctiveFormats_AreFound(string text, string expected) => Assert.Contains(expected, Ids(text));

    [Theory]
    [InlineData("T.C. kimlik no 10000000146", "10000000146")] // TR
    [InlineData("fødselsnummer 15058912317", "15058912317")] // NO, two mod-11 digits
    [InlineData("fødselsnummer 150589 12317", "150589 12317")] // NO, as it is often written
    [InlineData("OIB: 69435151530", "69435151530")] // HR, Wikipedia's example
    [InlineData("JMBG 0101006500006", "0101006500006")] // RS
    [InlineData("ЕГН 7523169263", "7523169263")] // BG, Wikipedia's example
    [InlineData("isikukood 37605030299", "37605030299")] // EE, Wikipedia's example
    [InlineData("asmens kodas 33309240064", "33309240064")] // LT, Wikipedia's example
    [InlineData("SVNR 1237010180", "1237010180")] // AT
    [InlineData("NIF 123456789", "123456789")] // PT
    [InlineData("TAJ szám: 037687210", "037687210")] // HU
    [InlineData("iqama 2345678904", "2345678904")] // SA
    [InlineData("מספר זהות 034567891", "034567891")] // IL
    [InlineData("ИИН 900405300129", "900405300129")] // KZ
    [InlineData("マイナンバー 123456789018", "123456789018")] // JP, the published example
    [InlineData("РНОКПП 3124567896", "3124567896")] // UA
    [InlineData("身分證字號 A123456789", "A123456789")] // TW, the usual example
    [InlineData("الرقم القومي 29001011234567", "29001011234567")] // EG, century and birth date
    [InlineData("NIK 3174055108900003", "3174055108900003")] // ID, the day + 40 for a woman
    [InlineData("CPR-nummer 010190-1234", "010190-1234")] // DK, a birth date (no check digit since 2007)
    public void PlainNumbers_AreFound_AfterTheirWords(string text, string expected) => Assert.Contains(expected, Ids(text));

    [Theory]
    [InlineData("ref 850317-1234564 ok")] // KR, wrong check digit
    [InlineData("ref A123456(4)")] // HK, wrong check digit
    [InlineData("ref 784-1968-6570305-1")] // AE, Luhn fails
    [InlineData("ref 710319/2746")] // CZ, not divisible by 11
    [InlineData("ref 12.345.678-6")] // CL, wrong check digit
    [InlineData("kt. 120174-3389")] // IS, wrong check digit
    [InlineData("PPS No 1234567A")] // IE, wrong letter
    [InlineData("T.C. kimlik no 10000000156")] // TR, wrong check digits (and none of the other checks of 11 digits passes)
    [InlineData("OIB: 69435151531")] // HR
    [InlineData("JMBG 0101006500007")] // RS
    [InlineData("isikukood 37605030298")] // EE
    [InlineData("マイナンバー 123456789017")] // JP
    [InlineData("身分證字號 A123456788")] // TW
    [InlineData("order 10000000146 shipped")] // a valid Turkish number with no word for it
    [InlineData("call 08031234567 today, my ID: none")] // a Nigerian mobile number is no NIN
    [InlineData("order 3174055108900003 shipped")] // 16 digits, no word
    public void WrongCheckDigitsOrNoWords_AreNotIds(string text) => Assert.Empty(Ids(text));

    [Fact]
    public void EveryCheckRule_RejectsEveryOneDigitChange_OfItsExample()
    {
        (Func<string, bool> Check, string Valid)[] cases =
        [
            (IdentityChecksums.TurkishId, "10000000146"), (IdentityChecksums.NorwegianBirthNumber, "15058912317"),
            (IdentityChecksums.CroatianOib, "69435151530"), (IdentityChecksums.YugoslavJmbg, "0101006500006"),
            (IdentityChecksums.BulgarianEgn, "7523169263"), (IdentityChecksums.BalticPersonalCode, "37605030299"),
            (IdentityChecksums.LatvianPersonalCode, "16117519997"), (v => IdentityChecksums.IcelandicKennitala(v[..9] + "9"), "120174339"), // its last digit is the century
            (IdentityChecksums.AustrianSvnr, "1237010180"), (IdentityChecksums.PortugueseNif, "123456789"),
            (IdentityChecksums.HungarianTaj, "037687210"), (IdentityChecksums.KoreanRrn, "8503171234563"),
            (IdentityChecksums.KazakhIin, "900405300129"), (IdentityChecksums.JapaneseMyNumber, "123456789018"),
            (IdentityChecksums.ThaiId, "1101700230708"), (IdentityChecksums.UkrainianTaxNumber, "3124567896"),
            (IdentityChecksums.EmiratesId, "784196865703050"),
        ];
        foreach (var (check, valid) in cases)
        {
            Assert.True(check(valid), valid);
            for (var i = 0; i < valid.Length; i++)
            {
                // Every other digit in the check digit's place fails.
                var changed = valid[..^1] + (char)('0' + ((valid[^1] - '0' + i + 1) % 10));
                Assert.True(changed == valid || !check(changed), $"{valid} → {changed}");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("abcdefghijk")]
    public void ShortOrLetterValues_AreRejected_WithoutThrowing(string value)
    {
        Func<string, bool>[] checks =
        [
            IdentityChecksums.TurkishId, IdentityChecksums.NorwegianBirthNumber, IdentityChecksums.CzechBirthNumber, IdentityChecksums.CroatianOib,
            IdentityChecksums.YugoslavJmbg, IdentityChecksums.BulgarianEgn, IdentityChecksums.BalticPersonalCode, IdentityChecksums.LatvianPersonalCode,
            IdentityChecksums.IcelandicKennitala, IdentityChecksums.AustrianSvnr, IdentityChecksums.PortugueseNif, IdentityChecksums.IrishPps,
            IdentityChecksums.HungarianTaj, IdentityChecksums.KoreanRrn, IdentityChecksums.TaiwanId, IdentityChecksums.HongKongId,
            IdentityChecksums.EmiratesId, IdentityChecksums.SaudiId, IdentityChecksums.IsraeliId, IdentityChecksums.KazakhIin,
            IdentityChecksums.JapaneseMyNumber, IdentityChecksums.ThaiId, IdentityChecksums.UkrainianTaxNumber, IdentityChecksums.ChileanRut,
            v => IdentityChecksums.HasBirthDate(v, 0),
        ];
        Assert.All(checks, check => Assert.False(check(value)));
    }

    [Theory]
    [InlineData("mi DNI es 12.345.678, gracias", "12.345.678")] // AR, written in thousands
    [InlineData("cédula de ciudadanía 1.020.304.050", "1.020.304.050")] // CO
    [InlineData("C.C. 79.456.123 de Bogotá", "79.456.123")]
    [InlineData("numéro de carte d'identité : 180392102871", "180392102871")] // FR CNI
    [InlineData("dowód osobisty ABC123456", "ABC123456")] // PL
    [InlineData("NIK: 3174055108900003", "3174055108900003")]
    public void IdCards_AfterTheirNames_InMoreLanguages(string text, string value) =>
        Assert.Contains(new PrivacyScanner(BuiltInDetectors.All).Scan(text), m => m.Type == "NATIONAL_ID" && m.Value == value);

    [Theory]
    [InlineData("my DNI expired; the fee was 1.500 pesos")] // a price in thousands is no id: its group has no three digits after it... and "1.500" is too short
    [InlineData("cédula 12.5 cm")]
    public void NumbersThatAreNotIds_AfterTheWords_AreLeftAlone(string text) =>
        Assert.DoesNotContain(new PrivacyScanner(BuiltInDetectors.All).Scan(text), m => m.Type == "NATIONAL_ID");
}
