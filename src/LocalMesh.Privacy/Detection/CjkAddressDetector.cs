using System.Text.RegularExpressions;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// Street addresses written in Korean, Japanese and Chinese, which the tagger (trained on Latin-script templates)
/// does not read: each is a chain of administrative units, largest first, that ends in a block or house number —
/// Korean <c>인천광역시 연수구 송도동 24</c> (city or province, district, neighbourhood or road, number), Japanese
/// <c>〒530-0001 大阪市北区梅田1-2-3</c> (prefecture or city, ward or town, block numbers), Chinese
/// <c>北京市朝阳区建国路88号</c> (province or city, district, road, number 号). A postal code in brackets right after a
/// Korean or Chinese address, or after 〒, is a postal code. Thread-safe.
/// </summary>
public sealed partial class CjkAddressDetector : IEntityDetector
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => ["ADDRESS", "POSTAL_CODE"];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text)
    {
        if (string.IsNullOrEmpty(text) || !text.AsSpan().ContainsAnyInRange('\u3040', '\uD7A3'))
        {
            return [];
        }

        var found = new List<EntityMatch>();
        foreach (var pattern in new[] { Korean(), Japanese(), Chinese() })
        {
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                var address = m.Groups["address"];
                found.Add(new EntityMatch("ADDRESS", address.Index, address.Length, address.Value));
                if (m.Groups["postal"] is { Success: true } postal)
                {
                    found.Add(new EntityMatch("POSTAL_CODE", postal.Index, postal.Length, postal.Value));
                }
            }
        }

        for (var m = JapanesePostal().Match(text); m.Success; m = m.NextMatch())
        {
            var postal = m.Groups["postal"];
            found.Add(new EntityMatch("POSTAL_CODE", postal.Index, postal.Length, postal.Value));
        }

        return found;
    }

    private const int TimeoutMs = PatternDetector.MatchTimeoutMs;

    /// <summary>Korean: [city or province] district (구/군/시) neighbourhood or road (동/읍/면/리/로/길/가) number, then an optional (postal code).</summary>
    [GeneratedRegex(@"(?<address>(?:[가-힣]{1,10}(?:특별시|광역시|특별자치시|특별자치도|도|시)\s?)?[가-힣]{1,10}(?:구|군|시)\s?[가-힣0-9]{1,12}(?:동|읍|면|리|로|길|가)\s?\d{1,5}(?:-\d{1,5})?(?:번지)?)(?:\s?\((?<postal>\d{5})\))?", RegexOptions.None, TimeoutMs)]
    private static partial Regex Korean();

    /// <summary>Japanese: [prefecture] city/ward/town/village, more names, and block numbers (1-2-3, 1丁目2番3号).</summary>
    [GeneratedRegex(@"(?<address>(?:[\p{IsCJKUnifiedIdeographs}]{1,4}(?:都|道|府|県))?[\p{IsCJKUnifiedIdeographs}ぁ-んァ-ヶー]{1,8}(?:市|区|町|村|郡)[\p{IsCJKUnifiedIdeographs}ぁ-んァ-ヶー]{0,10}(?:\d{1,4}(?:丁目|番地?|号|-)){1,3}\d{0,4}(?:号)?)", RegexOptions.None, TimeoutMs)]
    private static partial Regex Japanese();

    /// <summary>Chinese: [province or city] district or county, road or street, and a number with 号.</summary>
    [GeneratedRegex(@"(?<address>(?:[\p{IsCJKUnifiedIdeographs}]{1,6}(?:省|市|自治区))?[\p{IsCJKUnifiedIdeographs}]{1,6}(?:区|县|市|镇)[\p{IsCJKUnifiedIdeographs}]{1,10}(?:路|街|道|巷|弄|大街)\d{1,5}号(?:[\p{IsCJKUnifiedIdeographs}0-9]{0,8}(?:室|楼|栋|单元))?)(?:\s?[（(](?<postal>\d{6})[)）])?", RegexOptions.None, TimeoutMs)]
    private static partial Regex Chinese();

    [GeneratedRegex(@"〒\s?(?<postal>\d{3}-\d{4})", RegexOptions.None, TimeoutMs)]
    private static partial Regex JapanesePostal();
}
