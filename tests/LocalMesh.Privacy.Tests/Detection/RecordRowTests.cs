using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>A person's record as a header-less row: a name, a document number and a date; or a list of names and numbers.</summary>
public sealed class RecordRowTests
{
    private static readonly PrivacyScanner Scanner = new(BuiltInDetectors.All);

    [Fact]
    public void ARowOfNameNumberAndDate_IsAPersonsRecord()
    {
        var found = Scanner.Scan("rooming list – team offsite\nBeatriz Albuquerque, KI305830, 1970-03-02\n정수빈, M09161071, 12-JAN-2014");

        Assert.Contains(found, m => m.Type == "PERSON" && m.Value == "Beatriz Albuquerque");
        Assert.Contains(found, m => m.Type == "PASSPORT" && m.Value == "KI305830");
        Assert.Contains(found, m => m.Type == "DATE_OF_BIRTH" && m.Value == "1970-03-02");
        Assert.Contains(found, m => m.Type == "PERSON" && m.Value == "정수빈");
        Assert.Contains(found, m => m.Type == "DATE_OF_BIRTH" && m.Value == "12-JAN-2014");
    }

    [Fact]
    public void NamesAndNumbersAlone_CountInAList_OfTwoOrMore()
    {
        var list = Scanner.Scan("Study tour - rooming list (twin rooms)\nLarissa Figueiredo | UG226843\nAnanya Kulkarni | Z2416006");
        Assert.Contains(list, m => m.Type == "PASSPORT" && m.Value == "UG226843");
        Assert.Contains(list, m => m.Type == "PASSPORT" && m.Value == "Z2416006");

        Assert.DoesNotContain(Scanner.Scan("Larissa Figueiredo | UG226843"), m => m.Type == "PASSPORT");
    }

    [Fact]
    public void ALicenceNamedInTheText_MakesTheNumbersLicences() =>
        Assert.Contains(Scanner.Scan("Drivers (licence, born)\tTom Baker\tD1234567\t04/05/1980"), m => m.Type == "DRIVER_LICENSE" && m.Value == "D1234567");

    [Theory]
    [InlineData("Widget deluxe, AB123456, 2024-03-01")] // no name
    [InlineData("Order, Status, Date\nPending, 2024-03-01, Q1")]
    [InlineData("Build 7, commit 4f2a9c1b, 2026-11-30")]
    public void RowsWithoutAName_AreNotRecords(string text) =>
        Assert.DoesNotContain(Scanner.Scan(text), m => m.Type is "PASSPORT" or "DATE_OF_BIRTH" or "PERSON");
}
