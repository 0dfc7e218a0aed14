using System.Text;

namespace TextClean.Benchmarks;

/// <summary>Makes mojibake the way it happens on the web: UTF-8 bytes read as Windows-1252. Bytes that
/// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 control of the same value,
/// as browsers and ftfy's "sloppy" codec read them, so no byte is lost.</summary>
public static class Mojibake
{
    private const string HighHalf =
        "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            builder.Append(b is >= 0x80 and < 0xA0 ? HighHalf[b - 0x80] : (char)b);
        }

        return builder.ToString();
    }
}
