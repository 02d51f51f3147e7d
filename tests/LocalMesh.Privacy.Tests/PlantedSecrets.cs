namespace LocalMesh.Privacy.Tests;

/// <summary>Realistic sensitive values of every built-in type (all fake: test card numbers, example keys).</summary>
public static class PlantedSecrets
{
    public static readonly (string Type, string Value)[] All =
    [
        ("EMAIL", "maria.gonzalez@contoso-health.com"),
        ("EMAIL", "j.smith+billing@example.org"),
        ("PHONE", "+44 20 7946 0958"),
        ("PHONE", "(415) 555-0132"),
        ("PHONE", "+49 30 901820"),
        ("CREDIT_CARD", "4111 1111 1111 1111"),
        ("CREDIT_CARD", "5500-0000-0000-0004"),
        ("CREDIT_CARD", "378282246310005"),
        ("IBAN", "DE89 3704 0044 0532 0130 00"),
        ("IBAN", "GB29NWBK60161331926819"),
        ("US_SSN", "536-22-8714"),
        ("IP_ADDRESS", "10.42.7.19"),
        ("IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"),
        ("AWS_KEY", "AKIAIOSFODNN7EXAMPLE"),
        ("GITHUB_TOKEN", "ghp_1234567890abcdefghijABCDEFGHIJ123456"),
        ("SLACK_TOKEN", "xoxb-2048-1234567890-AbCdEfGhIjKlMnOp"),
        ("STRIPE_KEY", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
        ("API_KEY", "sk-proj-Zx81kQvB2mN7pL0rT5wY3uA9cE6dF4gH"),
        ("JWT", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"),
        ("PASSWORD", "Tr0ub4dor&3x"),
        ("URL_CREDENTIALS", "s3cr3tPa55"),
        ("DECLARED_SECRET", "Project Bluebird"),
        ("DECLARED_SECRET", "build-07.corp.internal"),
        ("DATE_OF_BIRTH", "1984-03-17"),
        ("POSTAL_CODE", "SW1A 1AA"),
    ];

    /// <summary>How each value appears in a sentence (some need their context to be recognisable).</summary>
    public static string InContext(string type, string value) => type switch
    {
        "PASSWORD" => $"Server=db01;Database=crm;User Id=app;Password={value};",
        "URL_CREDENTIALS" => $"postgres://admin:{value}@db.internal:5432/crm",
        "DATE_OF_BIRTH" => $"date of birth: {value}",
        "POSTAL_CODE" => $"postcode {value}",
        _ => value,
    };

    public static readonly string[] Declared = ["Project Bluebird", "build-07.corp.internal", "Acme Rockets"];
}
