namespace TrierBot.Storage;

/// <summary>Where the shared stores live (<c>Storage:Provider</c>, docs/deployment.md).</summary>
public enum StorageProvider
{
    /// <summary>Embedded files under <c>data/</c>: one instance, nothing to set up (the default).</summary>
    LiteDB,

    /// <summary>A PostgreSQL database (<c>ConnectionStrings:PostgreSQL</c>) that several instances share.</summary>
    PostgreSQL,
}
