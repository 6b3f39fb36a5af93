namespace TrierBot.Storage;

/// <summary>One step of the PostgreSQL schema: applied once, in order of <see cref="Version"/>, recorded in <c>schema_migrations</c>.</summary>
public sealed record PostgresMigration(int Version, string Name, string Sql);
