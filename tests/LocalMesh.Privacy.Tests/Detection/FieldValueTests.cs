using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>Values under a field name that says what they are: form lines, log and JSON keys, table columns; and values that do not look like their field's type.</summary>
public sealed class FieldValueTests
{
    private static (string Type, string Value)[] Found(string text) => [.. new FieldValueDetector().Detect(text).Select(m => (m.Type, m.Value))];

    [Theory]
    [InlineData("Nome e cognome: Abdirahman Rocha", "PERSON", "Abdirahman Rocha")]
    [InlineData("Geburtsdatum = 11/05/1988", "DATE_OF_BIRTH", "11/05/1988")]
    [InlineData("Anschrift: Lindenstraße 76, 52062 Aachen", "ADDRESS", "Lindenstraße 76, 52062 Aachen")]
    [InlineData("signup ok name=\"Ratna Hamdan\" email=x", "PERSON", "Ratna Hamdan")]
    [InlineData("payout failed account_holder='Wafula Oksanen' city=Nagoya code=E727", "LOCATION", "Nagoya")]
    [InlineData("{\"level\":\"info\",\"tax_id\":\"12 345 678 901\"}", "NATIONAL_ID", "12 345 678 901")]
    [InlineData("PLZ: 10115", "POSTAL_CODE", "10115")]
    [InlineData("Név: Szabó Réka\nLakcím: 6720 Szeged, Kárász utca 9.", "PERSON", "Szabó Réka")]
    [InlineData("ФИО: Смирнова Ольга Петровна", "PERSON", "Смирнова Ольга Петровна")]
    [InlineData("お名前：山田太郎\nご住所：東京都港区芝公園4-2-8", "PERSON", "山田太郎")]
    [InlineData("姓名：李小龙 电话：13800138000", "PHONE", "13800138000")]
    [InlineData("이름: 최민준", "PERSON", "최민준")]
    [InlineData("Ad Soyad: Elif Yıldız\nDoğum tarihi: 02.09.1994", "DATE_OF_BIRTH", "02.09.1994")]
    [InlineData("Ονοματεπώνυμο: Ελένη Παππά", "PERSON", "Ελένη Παππά")]
    [InlineData("会员资料\n护照号码：EK5530917", "PASSPORT", "EK5530917")]
    [InlineData("Nomor paspor: C7713920", "PASSPORT", "C7713920")]
    [InlineData("Fødselsnummer: 15057733129", "NATIONAL_ID", "15057733129")]
    [InlineData("주민등록번호: 880412-1234567", "NATIONAL_ID", "880412-1234567")]
    [InlineData("NIK: 3271046504930002", "NATIONAL_ID", "3271046504930002")]
    [InlineData("BEGIN:VCARD\nVERSION:3.0\nFN:Maria Lopez\nBDAY:1985-04-12\nEND:VCARD", "DATE_OF_BIRTH", "1985-04-12")] // a vCard's birthday (RFC 6350)
    public void KeyValues_AreTheirFieldsType(string text, string type, string value) => Assert.Contains((type, value), Found(text));

    [Fact]
    public void TableCells_AreTheirColumnsType()
    {
        var found = Found("name,National Insurance number,city\nArash Zielinski,SG677898B,Geelong\nAnnika Trivedi,OZ516874D,Indore");
        Assert.Contains(("PERSON", "Arash Zielinski"), found);
        Assert.Contains(("NATIONAL_ID", "OZ516874D"), found);
        Assert.Contains(("LOCATION", "Indore"), found);
        Assert.Contains(("PERSON", "Rommel Papadakis"), Found("| Name | CURP | City |\n|---|---|---|\n| Rommel Papadakis | X | Lille |"));
    }

    [Fact]
    public void SqlInsertValues_AreTheirColumnsType()
    {
        var found = Found("INSERT INTO clients (given_name, `family_name`, dob, phone) VALUES\n  ('Αικατερίνη', 'Παπαδοπούλου', '1985-03-04', '+40 792 123 456'),\n  ('Elif', 'O''Brien-Korkmaz', '1975-08-03'::date, NULL);");
        Assert.Contains(("PERSON", "Παπαδοπούλου"), found);
        Assert.Contains(("DATE_OF_BIRTH", "1985-03-04"), found);
        Assert.Contains(("PHONE", "+40 792 123 456"), found);
        Assert.Contains(("PERSON", "O''Brien-Korkmaz"), found); // the quote doubled inside the string, as SQL writes it
        Assert.Contains(("DATE_OF_BIRTH", "1975-08-03"), found); // before a cast
    }

    [Theory]
    [InlineData("INSERT INTO t (name) VALUES ('Ünal Demir'", "Ünal Demir")] // cut off inside the string
    [InlineData("INSERT INTO t (name, note) VALUES ('Ünal Demir', f(('x'), ')')) ; INSERT INTO t (name", "Ünal Demir")] // nested calls, then a cut-off statement
    public void SqlInsertsCutOffOrOdd_AreReadWithoutFailing(string text, string name) => Assert.Contains(("PERSON", name), Found(text));

    [Theory]
    [InlineData("INSERT INTO orders (id, created_at, total) VALUES (123456, now(), 99.50);")] // a row's own key is no one's id
    [InlineData("INSERT INTO people SELECT * FROM staging;")] // no columns named
    [InlineData("INSERT INTO t (name) VALUES ('widget'), ('gadget')")] // everyday words under "name"
    public void SqlInsertsWithoutPersonalColumns_AreLeftAlone(string text) => Assert.Empty(Found(text));

    [Theory]
    [InlineData("Owner: Platform Team. Status: Open. Priority: High.")]
    [InlineData("SKU-50201-B\t78 pcs\t€838.56\nSKU-18454-Y\t15 pcs\t€211.85")]
    [InlineData("name,qty,price\nwidget,4,9.99")] // "widget" is an everyday word, not a person
    [InlineData("passport: expired")] // no digits: not a passport number
    [InlineData("job=nightly-etl rows=4649 status=OK")]
    [InlineData("名前：test\nNimi: admin\nНазвание: проект")] // everyday words under a name field, and a field that is no name's
    public void ValuesUnlikeTheirField_OrFieldsOfNoType_AreLeftAlone(string text) => Assert.Empty(Found(text));
}
