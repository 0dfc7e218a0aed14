using System.Text;
using TextClean.Characters.Mojibake;

namespace TextClean.Tests.Characters;

/// <summary>
/// Realistic mojibake for tests and measurement: text encoded as UTF-8 and decoded with the wrong code
/// page, the way a misconfigured reader does it. A chain that a strict decoder would refuse (a byte the
/// page leaves undefined) or that leaves the text unchanged gives null: such damage does not happen.
/// </summary>
public static class MojibakeDamage
{
    /// <summary>The chains of the held-out evaluation: UTF-8 read as Windows-1252, Latin-1, Windows-1251,
    /// MacRoman, and as Windows-1252 twice over.</summary>
    public static IReadOnlyList<(string Name, Func<string, string?> Damage)> Chains { get; } =
    [
        ("utf8-as-windows-1252", text => Misread(text, LegacyCodePages.Windows1252)),
        ("utf8-as-latin-1", MisreadAsLatin1),
        ("utf8-as-windows-1251", text => Misread(text, LegacyCodePages.Windows1251)),
        ("utf8-as-macroman", text => Misread(text, LegacyCodePages.MacRoman)),
        ("utf8-as-windows-1252-twice", text => Misread(text, LegacyCodePages.Windows1252) is { } once ? Misread(once, LegacyCodePages.Windows1252) : null),
    ];

    internal static string? Misread(string text, LegacyCodePage page)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!page.IsDefined(bytes[i]))
            {
                return null;
            }

            chars[i] = page.ToChar(bytes[i]);
        }

        var damaged = new string(chars);
        return damaged == text ? null : damaged;
    }

    private static string? MisreadAsLatin1(string text)
    {
        var damaged = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));
        return damaged == text ? null : damaged;
    }
}
