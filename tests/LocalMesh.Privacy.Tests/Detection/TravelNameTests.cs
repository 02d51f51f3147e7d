using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>Names in a passport's machine-readable zone and in an airline booking; look-alikes stay clean.</summary>
public sealed class TravelNameTests
{
    private static string[] Names(string text) => [.. new TravelNameDetector().Detect(text).Select(m => m.Value)];

    [Fact]
    public void MachineReadableZone_GivesFamilyAndGivenNames()
    {
        Assert.Equal(["MORTENSEN", "METTE"], Names("P<SWEMORTENSEN<<METTE<<<<<<<<<<<<<<<<<<<<<<<<\n47658747<6SWE8708271F9512318<<<<<<<<<<<<<<03"));
        Assert.Equal(["GARZA", "TREVINO", "MAXIMILIANO"], Names("P<MEXGARZA<TREVINO<<MAXIMILIANO<<<<<<<<<<<<<<<"));
    }

    [Fact]
    public void BookingPassengers_AndDocs_GiveTheNames_WithoutTheTitle()
    {
        var names = Names("RLOC RDUGNY\n 1.1KAPANADZE/TAMARMR  2.1KJÆRGAARD/LÆRKEMRS\nSSR DOCS SK HK1 P/SWE/33046110/SWE/08NOV50/F/KAPANADZE/TAMAR");

        Assert.Equal(["KAPANADZE", "TAMAR", "KJÆRGAARD", "LÆRKE", "KAPANADZE", "TAMAR"], names);
    }

    [Theory]
    [InlineData("Build 1.2 ships with TLS/SSL and HTTP/2 support.")]
    [InlineData("see docs/README.md and src/Main.cs")]
    [InlineData("tail -f /var/log/syslog << EOF")]
    [InlineData("Route ARN/CPH on 12DEC, fare class Y/M.")]
    public void PathsVersionsAndRoutes_AreNotNames(string text) => Assert.Empty(Names(text));
}
