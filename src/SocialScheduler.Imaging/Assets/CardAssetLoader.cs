using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using SkiaSharp;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Text;

namespace SocialScheduler.Imaging.Assets;

/// <summary>
/// Reads a template, the theme, its fonts and logo from the assets folder. Any problem is an
/// <see cref="InvalidDataException"/> naming the file and the field; nothing is half-loaded.
/// </summary>
internal static class CardAssetLoader
{
    public const string ThemeFile = "brand/theme.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static CardAssets Load(string assetsPath, string templateName)
    {
        var templatePath = Path.Combine(assetsPath, "templates", templateName + ".json");
        var themePath = Path.Combine(assetsPath, ThemeFile);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var template = Read<CardTemplate>(templatePath, hash);
        var theme = Read<CardTheme>(themePath, hash);
        var colors = ParseColors(themePath, theme);
        CardTemplateValidator.Check(templatePath, template, theme, colors);

        var fonts = new Dictionary<string, FontFace>(StringComparer.Ordinal);
        SKImage? logo = null;
        try
        {
            foreach (var (name, file) in theme.Fonts.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var path = Path.Combine(assetsPath, "fonts", file);
                hash.AppendData(ReadBytes(path, $"{themePath}: fonts.{name}"));
                fonts[name] = FontFace.Load(name, path);
            }

            if (theme.Logo is { Length: > 0 })
            {
                var path = Path.Combine(assetsPath, "brand", theme.Logo);
                var bytes = ReadBytes(path, $"{themePath}: logo");
                hash.AppendData(bytes);
                logo = SKImage.FromEncodedData(bytes)
                    ?? throw new InvalidDataException($"{themePath}: logo '{path}' is not a PNG or JPEG image.");
            }
        }
        catch
        {
            foreach (var font in fonts.Values)
            {
                font.Dispose();
            }

            logo?.Dispose();
            throw;
        }

        return new CardAssets(template, theme, fonts, colors, logo, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static T Read<T>(string path, IncrementalHash hash)
    {
        var bytes = ReadBytes(path, "Imaging:AssetsPath");
        hash.AppendData(bytes);
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, Json)
                ?? throw new InvalidDataException($"{path}: the file is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}:{ex.LineNumber + 1}: {ex.Message}", ex);
        }
    }

    private static byte[] ReadBytes(string path, string referencedBy) =>
        File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new InvalidDataException($"{referencedBy}: file '{Path.GetFullPath(path)}' does not exist.");

    private static Dictionary<string, SKColor> ParseColors(string themePath, CardTheme theme)
    {
        var colors = new Dictionary<string, SKColor>(StringComparer.Ordinal);
        foreach (var (name, value) in theme.Colors)
        {
            colors[name] = SKColor.TryParse(value, out var color)
                ? color
                : throw new InvalidDataException($"{themePath}: colors.{name} '{value}' is not a colour; write it as #RRGGBB.");
        }

        return colors;
    }
}
