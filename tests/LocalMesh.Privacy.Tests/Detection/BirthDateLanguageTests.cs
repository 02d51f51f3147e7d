using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>Birth dates named in more languages and written in their own digits and calendars (the scanner folds the digits; the year is kept as written).</summary>
public sealed class BirthDateLanguageTests
{
    private static readonly PrivacyScanner Scanner = new(BuiltInDetectors.All);

    [Theory]
    [InlineData("Datum rođenja: 14.03.1987.", "14.03.1987")] // Croatian
    [InlineData("датум рођења 03.07.1992", "03.07.1992")] // Serbian, Cyrillic
    [InlineData("дата на раждане: 21.11.1979", "21.11.1979")] // Bulgarian
    [InlineData("Dzimšanas datums: 1985-06-30", "1985-06-30")] // Latvian
    [InlineData("gimimo data 1990-02-11", "1990-02-11")] // Lithuanian
    [InlineData("sünniaeg 05.05.1975", "05.05.1975")] // Estonian
    [InlineData("Datëlindja: 12/08/1996", "12/08/1996")] // Albanian
    [InlineData("fæðingardagur 1. mars 1983", "1. mars 1983")] // Icelandic, month name
    [InlineData("Data de naixement: 2 de maig de 1988", "2 de maig de 1988")] // Catalan
    [InlineData("Dyddiad geni: 17/04/1969", "17/04/1969")] // Welsh
    [InlineData("Tarikh lahir: 09-10-1991", "09-10-1991")] // Malay
    [InlineData("тарих: төрсөн огноо 1993.04.18", "1993.04.18")] // Mongolian
    [InlineData("туған күні 12.12.1990", "12.12.1990")] // Kazakh
    [InlineData("Tug'ilgan sana: 24.09.2001", "24.09.2001")] // Uzbek
    [InlineData("تاریخ تولد: ۱۳۶۶/۰۵/۱۲", "۱۳۶۶/۰۵/۱۲")] // Persian digits, Solar Hijri year
    [InlineData("تاريخ الميلاد: ١٩٨٨/٠٣/١٤", "١٩٨٨/٠٣/١٤")] // Arabic-Indic digits
    [InlineData("วันเกิด 5 มีนาคม 2530", "5 มีนาคม 2530")] // Thai, Buddhist year, a month name with vowel marks
    [InlineData("出生日期：民國77年3月7日", "民國77年3月7日")] // Taiwan, Minguo year
    [InlineData("जन्म तिथि: १५/०८/१९९०", "१५/०८/१९९०")] // Devanagari digits
    [InlineData("დაბადების თარიღი: 11.02.1986", "11.02.1986")] // Georgian
    [InlineData("ծննդյան ամսաթիվ 03.03.1984", "03.03.1984")] // Armenian
    [InlineData("የትውልድ ቀን: 12/05/1982", "12/05/1982")] // Amharic
    [InlineData("Fiica mea, născută la 26 martie 2016, are alergie.", "26 martie 2016")] // Romanian, "born on"
    [InlineData("născut pe 3.12.2017", "3.12.2017")]
    [InlineData("She was born on 6 March 2017 in Leeds.", "6 March 2017")] // a person's birth, beside the project's below
    public void BirthDates_AreFound(string text, string value) =>
        Assert.Contains(Scanner.Scan(text), m => m.Type == "DATE_OF_BIRTH" && m.Value == value);

    [Theory]
    [InlineData("Datum isporuke: 14.03.2024")] // a delivery date in Croatian
    [InlineData("تاریخ فاکتور: ۱۴۰۲/۰۵/۱۲")] // an invoice date in Persian
    [InlineData("The project was born on 6 March 2017 as a weekend hack; version 1.0 shipped on 4 July 2019.")] // a thing's birth
    public void OtherDates_AreNotBirthDates(string text) =>
        Assert.DoesNotContain(Scanner.Scan(text), m => m.Type == "DATE_OF_BIRTH");
}
