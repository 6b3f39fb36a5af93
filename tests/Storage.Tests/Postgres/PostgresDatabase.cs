using Npgsql;

namespace TrierBot.Storage.Tests.Postgres;

/// <summary>
/// One empty database of the test run's <see cref="PostgresTestCluster"/> for one test class (an xunit class
/// fixture): classes run in parallel without seeing each other's rows. A test that needs an untouched database
/// of its own asks <see cref="CreateAnotherAsync"/>. All are dropped when the class is done.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private readonly List<string> _names = ["t_" + Guid.NewGuid().ToString("N")];

    public string ConnectionString => PostgresTestCluster.Instance.ConnectionString(_names[0]);

    public Task InitializeAsync() => CreateAsync(_names[0]);

    /// <summary>A further empty database; returns its connection string.</summary>
    public async Task<string> CreateAnotherAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        lock (_names)
        {
            _names.Add(name);
        }

        await CreateAsync(name);
        return PostgresTestCluster.Instance.ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        foreach (var name in _names)
        {
            await AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static Task CreateAsync(string name) => AdminAsync($"CREATE DATABASE \"{name}\"");

    private static async Task AdminAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(PostgresTestCluster.Instance.ConnectionString("postgres"));
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
