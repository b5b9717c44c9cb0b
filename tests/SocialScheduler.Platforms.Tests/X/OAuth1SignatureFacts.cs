using System.Text.Json;
using SocialScheduler.Platforms.X;

namespace SocialScheduler.Platforms.Tests.X;

/// <summary>The signer against X's worked example and RFC 5849 (vectors copied into Vectors/).</summary>
public sealed class OAuth1SignatureFacts
{
    private static readonly JsonElement Vectors =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "oauth1a-test-vectors.json"))).RootElement;

    public static TheoryData<string> VectorNames() => new(Vectors.GetProperty("vectors").EnumerateArray().Select(v => v.GetProperty("name").GetString()!));

    [Fact]
    public void The_X_worked_example_signs_to_Ls93hJiZbQ3akF3HF3x1Bz8_zU4()
    {
        var vector = Vector("x-docs-current (docs.x.com, api.x.com)");
        var baseString = OAuth1Signature.BaseString("POST", new Uri(vector.GetProperty("raw_url").GetString()!), Parameters(vector));

        Assert.Equal("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=", OAuth1Signature.Sign(baseString, vector.GetProperty("consumer_secret").GetString()!, vector.GetProperty("token_secret").GetString()!));
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Every_vector_gives_its_parameter_string_base_string_and_signature(string name)
    {
        var vector = Vector(name);
        var parameters = Parameters(vector).ToList();
        var baseString = OAuth1Signature.BaseString(vector.GetProperty("method").GetString()!, new Uri(vector.GetProperty("raw_url").GetString()!), parameters);

        Assert.Equal(vector.GetProperty("expected_parameter_string").GetString(), OAuth1Signature.ParameterString(parameters));
        Assert.Equal(vector.GetProperty("expected_signature_base_string").GetString(), baseString);
        Assert.Equal(vector.GetProperty("expected_signature").GetString(),
            OAuth1Signature.Sign(baseString, vector.GetProperty("consumer_secret").GetString()!, vector.GetProperty("token_secret").GetString()!));
        Assert.NotEqual(Vectors.GetProperty("known_bad_value").GetProperty("value").GetString(), OAuth1Signature.Sign(baseString, "", ""));
    }

    [Fact]
    public void The_X_example_header_lists_sorted_encoded_parameters()
    {
        var vector = Vector("x-docs-current (docs.x.com, api.x.com)");
        var oauth = Parameters(vector).Where(p => p.Key.StartsWith("oauth_", StringComparison.Ordinal))
            .Append(new("oauth_signature", vector.GetProperty("expected_signature").GetString()!));

        Assert.Equal(vector.GetProperty("expected_authorization_header").GetString(), "OAuth " + XRequestSigner.Header(oauth));
    }

    [Theory]
    [InlineData("Ladies + Gentlemen", "Ladies%20%2B%20Gentlemen")]
    [InlineData("An encoded string!", "An%20encoded%20string%21")]
    [InlineData("Dogs, Cats & Mice", "Dogs%2C%20Cats%20%26%20Mice")]
    [InlineData("☃", "%E2%98%83")]
    [InlineData("a*b'c(d)e~f", "a%2Ab%27c%28d%29e~f")]
    [InlineData("#ChildSafetyOnlineNow aujourd’hui", "%23ChildSafetyOnlineNow%20aujourd%E2%80%99hui")]
    public void Percent_encoding_leaves_only_unreserved_characters(string input, string expected) =>
        Assert.Equal(expected, OAuth1Signature.Encode(input));

    [Fact]
    public void The_query_string_is_decoded_as_form_data_before_signing()
    {
        var query = OAuth1Signature.QueryParameters(new Uri("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b&q=2+q"));

        Assert.Equal([new("b5", "=%3D"), new("a3", "a"), new("c@", ""), new("a2", "r b"), new KeyValuePair<string, string>("q", "2 q")], query);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5123/2/tweets?x=1", "http://127.0.0.1:5123/2/tweets")]
    [InlineData("HTTPS://API.X.COM:443/2/tweets", "https://api.x.com/2/tweets")]
    [InlineData("http://EXAMPLE.COM:80/r%20v/X?id=123", "http://example.com/r%20v/X")]
    public void The_base_uri_keeps_a_non_default_port_and_drops_the_query(string url, string expected) =>
        Assert.Equal(expected, OAuth1Signature.BaseUri(new Uri(url)));

    private static JsonElement Vector(string name) =>
        Vectors.GetProperty("vectors").EnumerateArray().Single(v => v.GetProperty("name").GetString() == name);

    private static IEnumerable<KeyValuePair<string, string>> Parameters(JsonElement vector) =>
        vector.TryGetProperty("params_decoded", out var map)
            ? map.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!))
            : vector.GetProperty("params_decoded_list").EnumerateArray().Select(p => new KeyValuePair<string, string>(p[0].GetString()!, p[1].GetString()!));
}
