namespace TrierBot.Storage;

/// <summary>The storage provider (section <c>Storage</c>) and, for PostgreSQL, <c>ConnectionStrings:PostgreSQL</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string ConnectionStringName = "PostgreSQL";

    public StorageProvider Provider { get; set; } = StorageProvider.LiteDB;

    /// <summary>
    /// Reads the settings and refuses an incomplete PostgreSQL setup at start, with the key to set, rather than
    /// failing on the first turn.
    /// </summary>
    public static (StorageProvider Provider, string? ConnectionString) Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var raw = section[nameof(Provider)];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return (StorageProvider.LiteDB, null);
        }

        if (!Enum.TryParse<StorageProvider>(raw.Trim(), ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException($"Storage:Provider '{raw}' is unknown: use LiteDB (the default) or PostgreSQL.");
        }

        if (provider == StorageProvider.LiteDB)
        {
            return (provider, null);
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Storage:Provider is PostgreSQL, but ConnectionStrings:PostgreSQL is empty (environment: ConnectionStrings__PostgreSQL).");
        }

        return (provider, connectionString);
    }
}
