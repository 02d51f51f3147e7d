using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

public sealed class CjkAddressTests
{
    [Theory]
    [InlineData("택배 주소: 서울특별시 강남구 테헤란로 152 (06236) 로 보내주세요", "서울특별시 강남구 테헤란로 152", "06236")]
    [InlineData("住所：〒530-0001 大阪府大阪市北区梅田3-1-1", "大阪府大阪市北区梅田3-1-1", "530-0001")]
    [InlineData("请寄到上海市浦东新区世纪大道100号（200120），谢谢", "上海市浦东新区世纪大道100号", "200120")]
    public void Addresses_AndTheirPostalCodes_AreFound(string text, string address, string postal)
    {
        var found = new CjkAddressDetector().Detect(text).ToList();

        // Chinese has no spaces: a request's words before the province may be taken with it ("请寄到上海市…"), never less than the address.
        Assert.Contains(found, m => m.Type == "ADDRESS" && m.Value.EndsWith(address, StringComparison.Ordinal) && m.Value.Length <= address.Length + 4);
        Assert.Contains(found, m => m.Type == "POSTAL_CODE" && m.Value == postal);
    }

    [Theory]
    [InlineData("회의는 3시에 시작합니다. 친구 3명이 옵니다.")]
    [InlineData("東京都の人口は約1400万人です。")]
    [InlineData("上海的天气很好，我们明天10点见。")]
    [InlineData("Plain English text with 12 numbers.")]
    public void ProseWithoutAnAddress_IsLeftAlone(string text) => Assert.Empty(new CjkAddressDetector().Detect(text));
}
