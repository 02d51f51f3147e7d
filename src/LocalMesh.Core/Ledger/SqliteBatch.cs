using Microsoft.Data.Sqlite;

namespace LocalMesh.Ledger;

/// <summary>
/// One batch of a <see cref="SqliteBatchWriter{T}"/>: the writer's connection, its open transaction, and its statements,
/// each prepared once per connection and re-bound for every row (so a row costs a bind and a step, not a parse).
/// </summary>
public sealed class SqliteBatch : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);

    /// <summary>Statements on <paramref name="connection"/>, which the batch owns from now on (disposing the batch closes it).</summary>
    public SqliteBatch(SqliteConnection connection) => Connection = connection;

    /// <summary>The writer's connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The batch's transaction.</summary>
    public SqliteTransaction? Transaction { get; internal set; }

    /// <summary>Runs <paramref name="sql"/> (parameters <c>$p0</c>, <c>$p1</c>, …) with <paramref name="args"/> in the batch's transaction.</summary>
    /// <returns>The number of rows changed.</returns>
    public int Execute(string sql, params ReadOnlySpan<object?> args)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < args.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter("$p" + i, null));
            }

            _statements[sql] = command;
        }

        if (command.Parameters.Count != args.Length)
        {
            throw new ArgumentException($"The statement was prepared with {command.Parameters.Count} parameters, not {args.Length}.", nameof(args));
        }

        for (var i = 0; i < args.Length; i++)
        {
            command.Parameters[i].Value = args[i] ?? DBNull.Value;
        }

        command.Transaction = Transaction;
        return command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }

        _statements.Clear();
        Connection.Dispose();
    }
}
