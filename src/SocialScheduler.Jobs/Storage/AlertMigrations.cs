namespace SocialScheduler.Jobs.Storage;

/// <summary>
/// The alerts module's tables, all prefixed <c>alerts_</c>: the outbox of events (written in the transaction of the
/// change that causes them) and one delivery record per event and channel.
/// </summary>
public static class AlertMigrations
{
    public const string Module = "alerts";

    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        new(Module, 1, "alert outbox and deliveries", _ => """
            CREATE TABLE alerts_events (
              id VARCHAR(100) NOT NULL PRIMARY KEY,
              type VARCHAR(60) NOT NULL,
              occurred_ms BIGINT NOT NULL,
              publication_id VARCHAR(400) NULL,
              campaign VARCHAR(100) NULL,
              post_id VARCHAR(100) NULL,
              account VARCHAR(100) NULL,
              locale VARCHAR(35) NULL,
              state VARCHAR(20) NULL,
              message {TEXT} NULL,
              detail {TEXT} NULL
            );
            CREATE INDEX ix_alerts_events_occurred ON alerts_events (occurred_ms);
            CREATE TABLE alerts_deliveries (
              event_id VARCHAR(100) NOT NULL,
              channel VARCHAR(100) NOT NULL,
              state VARCHAR(20) NOT NULL,
              attempts BIGINT NOT NULL,
              next_ms BIGINT NOT NULL,
              last_ms BIGINT NOT NULL,
              last_error {TEXT} NULL,
              PRIMARY KEY (event_id, channel)
            );
            CREATE INDEX ix_alerts_deliveries_channel ON alerts_deliveries (channel, state, next_ms);
            """),
    ];
}
