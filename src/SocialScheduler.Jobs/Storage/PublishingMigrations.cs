namespace SocialScheduler.Jobs.Storage;

/// <summary>The publishing module's tables, all prefixed <c>publishing_</c>.</summary>
public static class PublishingMigrations
{
    public const string Module = "publishing";

    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        new(Module, 1, "publications, history, pauses, web posts", _ => """
            CREATE TABLE publishing_publications (
              id {KEY} NOT NULL PRIMARY KEY,
              campaign VARCHAR(100) NOT NULL,
              post_id VARCHAR(100) NOT NULL,
              account VARCHAR(100) NOT NULL,
              locale VARCHAR(35) NOT NULL,
              origin VARCHAR(20) NOT NULL,
              due_ms BIGINT NOT NULL,
              run_at_ms BIGINT NOT NULL,
              time_zone VARCHAR(100) NOT NULL,
              body {TEXT} NOT NULL,
              card VARCHAR(100) NULL,
              content_hash VARCHAR(64) NOT NULL,
              state VARCHAR(20) NOT NULL,
              attempt BIGINT NOT NULL,
              failures BIGINT NOT NULL,
              revision BIGINT NOT NULL,
              idempotency_key VARCHAR(200) NULL,
              remote_id VARCHAR(400) NULL,
              remote_url VARCHAR(2000) NULL,
              message {TEXT} NULL,
              job_id VARCHAR(100) NULL,
              author VARCHAR(200) NULL,
              approved_by VARCHAR(200) NULL,
              approved_ms BIGINT NULL,
              created_ms BIGINT NOT NULL,
              updated_ms BIGINT NOT NULL
            );
            CREATE INDEX ix_publishing_publications_state_run ON publishing_publications (state, run_at_ms);
            CREATE INDEX ix_publishing_publications_post ON publishing_publications (campaign, post_id);
            CREATE INDEX ix_publishing_publications_due ON publishing_publications (due_ms);
            CREATE TABLE publishing_history (
              id {AUTOID},
              publication_id {KEY} NOT NULL,
              at_ms BIGINT NOT NULL,
              from_state VARCHAR(20) NULL,
              to_state VARCHAR(20) NOT NULL,
              attempt BIGINT NOT NULL,
              actor VARCHAR(200) NOT NULL,
              detail {TEXT} NULL
            );
            CREATE INDEX ix_publishing_history_publication ON publishing_history (publication_id, at_ms);
            CREATE TABLE publishing_pauses (
              scope {KEY} NOT NULL PRIMARY KEY,
              paused_ms BIGINT NOT NULL,
              paused_by VARCHAR(200) NOT NULL,
              reason {TEXT} NULL
            );
            CREATE TABLE publishing_web_posts (
              campaign VARCHAR(100) NOT NULL,
              post_id VARCHAR(100) NOT NULL,
              body {TEXT} NOT NULL,
              author VARCHAR(200) NOT NULL,
              created_ms BIGINT NOT NULL,
              updated_ms BIGINT NOT NULL,
              PRIMARY KEY (campaign, post_id)
            );
            """),
        new(Module, 2, "image hash recorded at publish", _ => """
            ALTER TABLE publishing_publications ADD image_sha256 VARCHAR(64) NULL
            """),
        new(Module, 3, "card size chosen by the post", _ => """
            ALTER TABLE publishing_publications ADD card_size VARCHAR(20) NULL
            """),
        new(Module, 4, "alt text of the card per publication", _ => """
            ALTER TABLE publishing_publications ADD alt_text {TEXT} NULL
            """),
        new(Module, 5, "decisions about a repeating post's series: cancellation and approval", _ => """
            CREATE TABLE publishing_series (
              campaign VARCHAR(100) NOT NULL,
              post_id VARCHAR(100) NOT NULL,
              fingerprint VARCHAR(64) NOT NULL,
              cancelled_by VARCHAR(200) NOT NULL,
              cancelled_ms BIGINT NOT NULL,
              reason {TEXT} NULL,
              resumed_by VARCHAR(200) NULL,
              resumed_ms BIGINT NULL,
              PRIMARY KEY (campaign, post_id)
            );
            CREATE TABLE publishing_series_approvals (
              campaign VARCHAR(100) NOT NULL,
              post_id VARCHAR(100) NOT NULL,
              locale VARCHAR(35) NOT NULL,
              fingerprint VARCHAR(64) NOT NULL,
              approved_by VARCHAR(200) NOT NULL,
              approved_ms BIGINT NOT NULL,
              PRIMARY KEY (campaign, post_id, locale)
            );
            """),
        new(Module, 6, "remote steps of a publication (a platform's container id) remembered before publishing", _ => """
            CREATE TABLE publishing_remote_steps (
              publication_id {KEY} NOT NULL,
              step VARCHAR(100) NOT NULL,
              remote_id VARCHAR(400) NOT NULL,
              created_ms BIGINT NOT NULL,
              PRIMARY KEY (publication_id, step)
            );
            """),
        new(Module, 7, "the worker process holding a claim", _ => """
            ALTER TABLE publishing_publications ADD holder VARCHAR(200) NULL
            """),
        new(Module, 9, "who changed each locale of a post since its last approval", _ => """
            CREATE TABLE publishing_contributors (
              campaign VARCHAR(100) NOT NULL,
              post_id VARCHAR(100) NOT NULL,
              locale VARCHAR(35) NOT NULL,
              user_name VARCHAR(200) NOT NULL,
              changed_ms BIGINT NOT NULL,
              PRIMARY KEY (campaign, post_id, locale, user_name)
            );
            """),
    ];
}
