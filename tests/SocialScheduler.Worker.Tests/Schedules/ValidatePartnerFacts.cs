using Microsoft.Extensions.Configuration;
using SocialScheduler.Imaging;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Tests.Schedules;

public sealed class ValidatePartnerFacts : IDisposable
{
    private readonly string _assets = Directory.CreateTempSubdirectory("ss-validate-assets-").FullName;

    public ValidatePartnerFacts()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Assets, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_assets, Path.GetRelativePath(RepoPaths.Assets, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task A_broken_partner_is_an_error_located_in_its_file_and_the_schedules_are_still_checked()
    {
        var partner = Path.Combine(_assets, "partners", "c3p", "partner.json");
        await File.WriteAllTextAsync(partner, (await File.ReadAllTextAsync(partner, TestContext.Current.CancellationToken))
            .Replace("\"plateText\": \"#FFFFFF\"", "\"plateText\": \"#7A3384\"", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        using var services = Build();

        var (code, output, _) = await ScheduleVerbHost.RunAsync(services, "validate");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains($"{partner}:8:1: error SS038: colors.plateText: #7A3384 on #6D2077 has a contrast of", output, StringComparison.Ordinal);
        Assert.EndsWith("1 file, 6 valid posts, 1 error, 0 warnings" + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_repository_partners_validate_finds_nothing()
    {
        using var services = Build();

        var (code, output, _) = await ScheduleVerbHost.RunAsync(services, "validate");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("1 file, 6 valid posts, 0 errors, 0 warnings" + Environment.NewLine, output);
    }

    private ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Imaging:AssetsPath"] = _assets,
            ["Imaging:CacheDirectory"] = "",
            ["Campaign:Path"] = RepoPaths.Campaign,
        }).Build();
        return ScheduleVerbHost.Build(RepoPaths.Schedules, services => services.AddCardRendering(configuration));
    }

    public void Dispose() => Directory.Delete(_assets, recursive: true);
}
