using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LocalMesh.Storage;

/// <summary>
/// One batch of a <see cref="SqliteBatchWriter{T}"/>: the writer's connection and its statements, each prepared once per
/// connection and re-bound for every row. They run inside whatever transaction the writer has open on the connection. Rows go through SQLite's own statement API
/// (SQLitePCL.raw, under Microsoft.Data.Sqlite): parameters are bound by position and stepped once, with none of the
/// command's per-execution work (a name lookup per parameter, a data reader per row), which made up most of a row's cost.
/// </summary>
public sealed class SqliteBatch : IDisposable
{
    private readonly Dictionary<string, Prepared> _statements = new(StringComparer.Ordinal);

    /// <summary>Statements on <paramref name="connection"/>, which the batch owns from now on (disposing the batch closes it).</summary>
    public SqliteBatch(SqliteConnection connection) => Connection = connection;

    /// <summary>The writer's connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>
    /// Runs <paramref name="sql"/> (one statement; parameters named <c>$p0</c>, <c>$p1</c>, …, in any order) with
    /// <paramref name="args"/> in the connection's open transaction. Values may be null, strings, byte arrays, booleans,
    /// integers and floating-point numbers.
    /// </summary>
    /// <returns>The number of rows changed.</returns>
    /// <exception cref="ArgumentException">The statement takes another number of parameters, or they are not named <c>$p0</c>, <c>$p1</c>, ….</exception>
    /// <exception cref="InvalidOperationException">A value has a type SQLite cannot store (as Microsoft.Data.Sqlite reports it).</exception>
    /// <exception cref="SqliteException">SQLite refused the statement or the row.</exception>
    public int Execute(string sql, params ReadOnlySpan<object?> args)
    {
        var db = Connection.Handle!;
        if (!_statements.TryGetValue(sql, out var prepared))
        {
            prepared = Prepare(db, sql);
            _statements[sql] = prepared;
        }

        var (statement, positions) = prepared;
        if (positions.Length != args.Length)
        {
            throw new ArgumentException($"The statement was prepared with {positions.Length} parameters, not {args.Length}.", nameof(args));
        }

        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                Check(Bind(statement, positions[i], args[i], i), db);
            }

            var rc = raw.sqlite3_step(statement);
            if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
            {
                Check(rc, db);
            }

            return raw.sqlite3_changes(db);
        }
        finally
        {
            raw.sqlite3_reset(statement);
            raw.sqlite3_clear_bindings(statement);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var prepared in _statements.Values)
        {
            prepared.Statement.Dispose();
        }

        _statements.Clear();
        Connection.Dispose();
    }

    /// <summary>Prepares <paramref name="sql"/> and finds where each of its parameters <c>$p0</c>, <c>$p1</c>, … binds.</summary>
    private static Prepared Prepare(sqlite3 db, string sql)
    {
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        var positions = new int[raw.sqlite3_bind_parameter_count(statement)];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = raw.sqlite3_bind_parameter_index(statement, "$p" + i);
            if (positions[i] == 0)
            {
                statement.Dispose();
                throw new ArgumentException($"The statement's parameters must be named $p0 to $p{positions.Length - 1}: $p{i} is missing.", nameof(sql));
            }
        }

        return new Prepared(statement, positions);
    }

    /// <summary>Binds <paramref name="value"/>, the statement's parameter <c>$p</c> number <paramref name="name"/>, at its position <paramref name="index"/>.</summary>
    private static int Bind(sqlite3_stmt statement, int index, object? value, int name) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        string s => raw.sqlite3_bind_text(statement, index, s),
        long l => raw.sqlite3_bind_int64(statement, index, l),
        int n => raw.sqlite3_bind_int64(statement, index, n),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(statement, index, d),
        float f => raw.sqlite3_bind_double(statement, index, f),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new InvalidOperationException($"Parameter {name} is a {value.GetType().Name}; pass a string, number, boolean, byte array or null."),
    };

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    private sealed record Prepared(sqlite3_stmt Statement, int[] Positions);
}
