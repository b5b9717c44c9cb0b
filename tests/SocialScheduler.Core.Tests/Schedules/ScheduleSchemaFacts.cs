using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SocialScheduler.Core.Schedules.Yaml;
using SocialScheduler.Core.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Core.Tests.Schedules;

/// <summary>The published JSON Schema agrees with the reader: what validates, fits the schema; unknown fields do not.</summary>
public class ScheduleSchemaFacts
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Schedules, "schedule.schema.json")));

    public static TheoryData<string> RepositorySchedules => new(Directory.GetFiles(RepoPaths.Schedules, "*.yaml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(RepositorySchedules))]
    public void Every_schedule_of_the_repository_fits_the_schema(string file) =>
        Assert.True(Evaluate(File.ReadAllText(Path.Combine(RepoPaths.Schedules, file))).IsValid);

    [Fact]
    public void The_test_schedules_fit_the_schema() =>
        Assert.True(Evaluate(Yaml.Schedule(Yaml.Post(extra: "    size: square\n    repeat: \"0 9 * * MON\"\n    until: \"2027-01-31T09:00\""))).IsValid);

    [Fact]
    public void A_post_naming_partners_instead_of_accounts_fits_the_schema()
    {
        Assert.True(Evaluate(Yaml.Schedule(Yaml.Post().Replace("accounts: [outbox]", "partners: [ecpat, iwf]", StringComparison.Ordinal))).IsValid);
        Assert.True(Evaluate(Yaml.Schedule(Yaml.Post().Replace("accounts: [outbox]", "partners: all", StringComparison.Ordinal))).IsValid);
        Assert.False(Evaluate(Yaml.Schedule(Yaml.Post().Replace("accounts: [outbox]", "partners: ecpat", StringComparison.Ordinal))).IsValid);
        Assert.False(Evaluate(Yaml.Schedule(Yaml.Post().Replace("    accounts: [outbox]\n", "", StringComparison.Ordinal))).IsValid);
    }

    [Theory]
    [InlineData("    colour: red")]
    [InlineData("    size: banner")]
    [InlineData("    repeat: \"every day\"")]
    public void A_field_the_reader_refuses_is_refused_by_the_schema_too(string extra) =>
        Assert.False(Evaluate(Yaml.Schedule(Yaml.Post(extra: extra))).IsValid);

    private static EvaluationResults Evaluate(string yaml)
    {
        var read = SafeYamlReader.Read(yaml);
        Assert.Null(read.Problem);
        using var document = JsonDocument.Parse(ToJson(read.Root!)!.ToJsonString());
        return Schema.Evaluate(document.RootElement);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlScalar s => JsonValue.Create(s.Value),
        YamlSequence s => new JsonArray(s.Items.Select(ToJson).ToArray()),
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        _ => null,
    };
}
