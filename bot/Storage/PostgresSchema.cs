namespace TrierBot.Storage;

/// <summary>
/// The PostgreSQL schema as an ordered list of migrations. Append only: a released step is never edited, since
/// databases that applied it would not see the change. Each step must leave the previous release working
/// (instances are upgraded one at a time, docs/deployment.md).
/// </summary>
public static class PostgresSchema
{
    public static IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new(1, "bot state", """
            CREATE SEQUENCE bot_state_version;
            CREATE TABLE bot_state (
                key         text COLLATE "C" PRIMARY KEY,
                value       jsonb       NOT NULL,
                version     bigint      NOT NULL,
                updated_utc timestamptz NOT NULL
            );
            CREATE INDEX bot_state_updated ON bot_state (updated_utc);
            """),
    ];
}
