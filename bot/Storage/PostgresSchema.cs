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
        new(2, "hand-off transcripts", """
            CREATE TABLE transcript_messages (
                id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                channel_id      text COLLATE "C" NOT NULL,
                conversation_id text COLLATE "C" NOT NULL,
                sent_utc        timestamptz NOT NULL,
                message         jsonb       NOT NULL
            );
            CREATE INDEX transcript_messages_conversation ON transcript_messages (channel_id, conversation_id, id);
            CREATE INDEX transcript_messages_sent ON transcript_messages (sent_utc);
            """),
        new(3, "webhook dedupe", """
            CREATE TABLE webhook_deliveries (
                key_hash     bytea PRIMARY KEY,
                received_utc timestamptz NOT NULL
            );
            CREATE INDEX webhook_deliveries_received ON webhook_deliveries (received_utc);
            """),
        // Anonymous counts (docs/monitoring.md): no time column, no id but the record itself, never erased per conversation.
        new(4, "demand counts", """
            CREATE TABLE demand_counts (
                key         text COLLATE "C" PRIMARY KEY,
                month       text COLLATE "C" NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
                topic       text    NOT NULL,
                age_band    text    NOT NULL,
                district    text    NOT NULL,
                time_wishes text[]  NOT NULL,
                categories  text[]  NOT NULL,
                found       integer,
                handoff     boolean NOT NULL,
                language    text    NOT NULL,
                channel     text    NOT NULL,
                demo        boolean NOT NULL,
                count       integer NOT NULL CHECK (count >= 0)
            );
            CREATE INDEX demand_counts_month ON demand_counts (month);
            """),
    ];
}
