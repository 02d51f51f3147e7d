using System.Globalization;
using LocalMesh.Storage;

namespace LocalMesh.Privacy.Detection;

/// <summary>
/// The node's declared secrets: those from configuration (and its file) plus those added through the admin API,
/// which are kept in the node's SQLite file. As a detector it always uses the current list; adding or removing a
/// term swaps the matcher in one reference write. Thread-safe.
/// </summary>
public sealed class DeclaredSecrets : IEntityDetector
{
    private readonly IReadOnlyList<string> _configured;
    private readonly string? _connectionString;
    private readonly Lock _gate = new();
    private volatile DeclaredSecretsDetector _current;

    /// <summary>Loads the terms: <paramref name="configured"/> plus, when <paramref name="dataDir"/> is set, the stored ones.</summary>
    public DeclaredSecrets(IEnumerable<string> configured, string? dataDir)
    {
        _configured = [.. configured];
        if (dataDir is not null)
        {
            _connectionString = SqliteDatabase.ConnectionString(dataDir);
            using var connection = SqliteDatabase.Open(_connectionString);
            SqliteDatabase.Execute(connection, "CREATE TABLE IF NOT EXISTS declared_secrets (term TEXT PRIMARY KEY COLLATE NOCASE, added_at TEXT NOT NULL)");
        }

        _current = new DeclaredSecretsDetector([.. _configured, .. Stored()]);
    }

    /// <summary>How many terms are declared (configured and stored).</summary>
    public int Count => _current.Terms;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Types => [DeclaredSecretsDetector.Type];

    /// <inheritdoc />
    public IEnumerable<EntityMatch> Detect(string text) => _current.Detect(text);

    /// <summary>Terms added through the API (configured ones are not listed: they are in the configuration).</summary>
    public IReadOnlyList<string> Stored()
    {
        if (_connectionString is null)
        {
            return [];
        }

        using var connection = SqliteDatabase.Open(_connectionString);
        return SqliteDatabase.Query(connection, "SELECT term FROM declared_secrets ORDER BY term", r => r.GetString(0));
    }

    /// <summary>Adds terms (blank and duplicate ones are skipped); returns how many were new.</summary>
    public int Add(IEnumerable<string> terms) => Change(connection => terms
        .Select(t => t.Trim())
        .Where(t => t.Length >= 2)
        .Count(t => SqliteDatabase.Execute(connection, "INSERT OR IGNORE INTO declared_secrets VALUES ($p0, $p1)", t, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)) == 1));

    /// <summary>Removes a stored term; false when it was not stored.</summary>
    public bool Remove(string term) => Change(connection => SqliteDatabase.Execute(connection, "DELETE FROM declared_secrets WHERE term = $p0", term.Trim())) == 1;

    private int Change(Func<Microsoft.Data.Sqlite.SqliteConnection, int> change) =>
        SqliteDatabase.ChangeAndReload(_connectionString, _gate, change, () => _current = new DeclaredSecretsDetector([.. _configured, .. Stored()]), "Declared secrets");
}
