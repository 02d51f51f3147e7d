using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>Birth dates named in more languages and written in their own digits and calendars (the scanner folds the digits; the year is kept as written).</summary>
public sealed class BirthDateLanguageTests
{
    private static readonly PrivacyScanner Scanner = new(BuiltInDetectors.All);

    [Theory]
    [InlineData("d.o.b. 4 Mar 82", "4 Mar 82")] // a month's abbreviation and a two-digit year
    [InlineData("dob 12041985, NHS no. on file", "12041985")] // eight digits, day first
    [InlineData("DOB: 19850412", "19850412")] // eight digits, year first
    [InlineData("Geburtstag am 12. März 1985", "12. März 1985")] // German "birthday"
    [InlineData("Paciente: Luis Pardo, fecha nac.: 12/04/1990", "12/04/1990")] // Spanish abbreviation
    [InlineData("f. nac. 03/07/1958", "03/07/1958")]
    [InlineData("data nasc. 21/11/1979", "21/11/1979")] // Portuguese abbreviation
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
    [InlineData("Tunde Balogun was born on 6th of March 1962 in Ballarat.", "6th of March 1962")]
    [InlineData("Caio Albuquerque nasceu em 9 de março de 1969, em Campinas.", "9 de março de 1969")] // Portuguese
    [InlineData("Bartłomiej Kamiński urodził(a) się 11 sierpnia 1988 w Krakowie.", "11 sierpnia 1988")] // Polish
    [InlineData("Zaświadcza się, że Ewa Szymańska, ur. 10.04.2008, jest uczniem", "10.04.2008")]
    [InlineData("السيد عمر حداد، من مواليد ٧/١٠/١٩٩٢، يعمل", "٧/١٠/١٩٩٢")] // Arabic "born on"
    [InlineData("您的孩子李宇航出生日期为2011年8月20日，请核对。", "2011年8月20日")]
    [InlineData("小林蓮（1975年2月20日生）", "1975年2月20日")] // Japanese: the date, then "born"
    [InlineData("Справка дана Смирнову Дмитрию, 28.04.1998 года рождения", "28.04.1998")] // Russian: the date, then "of birth"
    [InlineData("мерa जन्म: मेरा जन्म 14/12/1985 को हुआ था।", "14/12/1985")] // Hindi "my birth"
    [InlineData("lucía: el cumple de nerea es el 18/07/2008 no?", "18/07/2008")] // a birthday, a few words on
    [InlineData("mi serve la data di nascita di Chiara\nChiara: 27/03/1951", "27/03/1951")] // answered on the next line
    [InlineData("Oliver's full birthday again for the swim club form?\nPriya: 7th of January 2019, turns 7", "7th of January 2019")]
    public void BirthDates_AreFound(string text, string value) =>
        Assert.Contains(Scanner.Scan(text), m => m.Type == "DATE_OF_BIRTH" && m.Value == value);

    [Theory]
    [InlineData("Datum isporuke: 14.03.2024")] // a delivery date in Croatian
    [InlineData("تاریخ فاکتور: ۱۴۰۲/۰۵/۱۲")] // an invoice date in Persian
    [InlineData("The project was born on 6 March 2017 as a weekend hack; version 1.0 shipped on 4 July 2019.")] // a thing's birth
    [InlineData("The birthday party is on 14 May 2026 at noon.")] // a party's date
    [InlineData("Order 12041985 shipped on 4 Mar 82")] // eight digits and a short date with no word for a birth
    [InlineData("DOB field: 20261399 is not a date")] // no such month
    public void OtherDates_AreNotBirthDates(string text) =>
        Assert.DoesNotContain(Scanner.Scan(text), m => m.Type == "DATE_OF_BIRTH");

    [Theory]
    [InlineData("최서연 님의 여권번호는 M54348848이고, 생년월일은 1953년 8월 14일입니다.", "1953년 8월 14일")] // a particle glued to 일
    [InlineData("김도윤은 1999년 4월 5일에 부산광역시에서 태어났습니다.", "1999년 4월 5일")] // "…was born", after the date and the place
    [InlineData("Ayşe Kaya 13 Ocak 2007 tarihinde Eskişehir'de doğdu.", "13 Ocak 2007")]
    public void BirthDates_SaidAfterTheDate_OrWithAParticle(string text, string date) =>
        Assert.Contains(new PrivacyScanner(BuiltInDetectors.All).Scan(text), m => m.Type == "DATE_OF_BIRTH" && m.Value == date);
}
