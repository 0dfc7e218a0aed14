using System.Buffers;
using TextClean.Characters.Mojibake;
using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>
/// Repairs mojibake: UTF-8 that was decoded through a single-byte code page ("cafÃ©" for "café",
/// "РїСЂРёРІРµС‚" for "привет"), once or several times over, in islands inside good text.
/// </summary>
/// <remarks>
/// <para>How it decides. Each stretch of suspect characters (those a misread byte 0x80..0xFF can become)
/// is a segment. For every code page (<see cref="LegacyCodePages.All"/>) the segment is read back to bytes
/// and scanned for UTF-8 sequences; each page that finds some gives a candidate repair, which is itself
/// re-examined for a further layer of damage. Candidates are not taken because they decode (ftfy's rule,
/// which lets "√π" become "ù"): the candidate with the lowest <see cref="Plausibility"/> cost in the
/// segment's surroundings wins, and only when its cost is clearly below the original's. A false repair is
/// the worst failure, so a small gain is taken only as corroboration: when a clear repair with the same
/// code page was made on the same line (any gain at all) or elsewhere in the text (a real gain).</para>
/// <para>It runs after HTML entities are decoded ("&amp;Atilde;&amp;copy;" is mojibake once unescaped) and
/// before control characters are removed (C1 controls are often Latin-1 mojibake).</para>
/// </remarks>
public sealed class MojibakePass : TextPass
{
    public const string Reason = "mojibake";
    public const string C1Reason = "c1-control-as-windows-1252";

    /// <summary>A repair this much more plausible than the original is taken on its own.</summary>
    private const double ClearGain = 2;

    /// <summary>A repair with at least this gain is taken when the text has a clear repair with the same page.</summary>
    private const double CorroboratedGain = 0.5;

    /// <summary>Layers of damage undone at most (each layer halves the length, so this is never reached in practice).</summary>
    private const int MaxLayers = 6;

    /// <summary>Characters of plain surroundings scored with a segment.</summary>
    private const int ContextLength = 3;

    private readonly MojibakeOptions _options;

    public MojibakePass(MojibakeOptions? options = null)
    {
        _options = options ?? MojibakeOptions.Default;
    }

    public override string Name => "mojibake";

    public override PassStage Stage => PassStage.Character;

    protected override string Transform(string text, ChangeLog? changes)
    {
        var next = text.AsSpan().IndexOfAny(LegacyCodePages.Suspects);
        if (next < 0)
        {
            return text;
        }

        var repairs = new List<Repair>();
        var line = 0;
        var lineCountedTo = 0;
        while (next >= 0)
        {
            line += text.AsSpan(lineCountedTo, next - lineCountedTo).Count('\n');
            lineCountedTo = next;
            var repair = Examine(text, next, line);
            if (repair.Decoded is not null || repair.Fallback is not null)
            {
                repairs.Add(repair);
            }

            var end = repair.Start + repair.Length;
            var following = end < text.Length ? text.AsSpan(end).IndexOfAny(LegacyCodePages.Suspects) : -1;
            next = following < 0 ? -1 : end + following;
        }

        if (repairs.Count == 0)
        {
            return text;
        }

        // Clear repairs vouch for weaker ones made with the same code page.
        var clearPages = new HashSet<int>();
        var clearLinePages = new HashSet<(int Line, int Page)>();
        foreach (var r in repairs)
        {
            if (r.Decoded is not null && r.Gain >= ClearGain)
            {
                clearPages.Add(r.Page);
                clearLinePages.Add((r.Line, r.Page));
            }
        }

        var rewriter = new TextRewriter(text, changes);
        foreach (var r in repairs)
        {
            var taken = r.Decoded is not null
                && (r.Gain >= ClearGain
                    || (r.Gain >= CorroboratedGain && clearPages.Contains(r.Page))
                    || (r.Gain >= 0 && clearLinePages.Contains((r.Line, r.Page))));
            if (taken)
            {
                rewriter.Replace(r.Start, r.Length, r.Decoded, Reason);
            }
            else if (r.Fallback is not null)
            {
                rewriter.Replace(r.Start, r.Length, r.Fallback, C1Reason);
            }
        }

        return rewriter.ToStringAndDispose();
    }

    /// <summary>What could be done with the segment that starts at <paramref name="start"/>.</summary>
    private readonly record struct Repair(int Start, int Length, int Line, string? Decoded, double Gain, int Page, string? Fallback);

    private Repair Examine(string text, int start, int line)
    {
        var pages = LegacyCodePages.All;
        var islands = new List<Utf8Island>?[pages.Count];
        var cursors = new int[pages.Count];
        Array.Fill(cursors, start);
        var end = SuspectRunEnd(text, start);
        var grew = true;
        while (grew)
        {
            grew = false;
            for (var p = 0; p < pages.Count; p++)
            {
                var i = cursors[p];
                while (i < end)
                {
                    if (Utf8Island.TryRead(text, i, pages[p], _options.RestoreLostNoBreakSpace, out var island))
                    {
                        (islands[p] ??= []).Add(island);
                        i = island.End;
                    }
                    else
                    {
                        i++;
                    }
                }

                cursors[p] = i;
                if (i > end)
                {
                    end = i;
                    grew = true;
                }
            }

            if (end < text.Length && LegacyCodePages.Suspects.Contains(text[end]))
            {
                end = SuspectRunEnd(text, end);
                grew = true;
            }
        }

        var length = end - start;
        var original = text.AsSpan(start, length);
        var left = Context(text, start, -1);
        var right = Context(text, end, +1);
        var originalCost = ContextCost(left, original, right);

        string? best = null;
        var bestCost = double.PositiveInfinity;
        var bestPage = -1;
        for (var p = 0; p < pages.Count; p++)
        {
            if (islands[p] is not { } found)
            {
                continue;
            }

            var candidate = Deepen(Decode(text, start, end, found), left, right);
            var cost = ContextCost(left, candidate, right);
            if (cost < bestCost - 1e-9)
            {
                (best, bestCost, bestPage) = (candidate, cost, p);
            }
        }

        var fallback = _options.RepairC1Controls ? RepairC1(original) : null;
        if (best is not null && _options.RepairC1Controls)
        {
            best = RepairC1(best) ?? best;
        }

        return new Repair(start, length, line, best, originalCost - bestCost, bestPage, fallback);
    }

    /// <summary>Undoes further layers of damage while that makes the text more plausible.</summary>
    private static string Deepen(string candidate, ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var cost = ContextCost(left, candidate, right);
        for (var layer = 1; layer < MaxLayers; layer++)
        {
            string? best = null;
            var bestCost = cost;
            foreach (var page in LegacyCodePages.All)
            {
                List<Utf8Island>? found = null;
                var i = 0;
                while (i < candidate.Length)
                {
                    if (Utf8Island.TryRead(candidate, i, page, restoreNoBreakSpace: false, out var island))
                    {
                        (found ??= []).Add(island);
                        i = island.End;
                    }
                    else
                    {
                        i++;
                    }
                }

                if (found is null)
                {
                    continue;
                }

                var decoded = Decode(candidate, 0, candidate.Length, found);
                var decodedCost = ContextCost(left, decoded, right);
                if (decodedCost < bestCost - 1e-9)
                {
                    (best, bestCost) = (decoded, decodedCost);
                }
            }

            if (best is null)
            {
                break;
            }

            (candidate, cost) = (best, bestCost);
        }

        return candidate;
    }

    /// <summary><c>text[start..end]</c> with its islands decoded.</summary>
    private static string Decode(string text, int start, int end, List<Utf8Island> islands)
    {
        var builder = new System.Text.StringBuilder(end - start);
        var copied = start;
        Span<char> utf16 = stackalloc char[2];
        foreach (var island in islands)
        {
            builder.Append(text, copied, island.Start - copied);
            builder.Append(utf16[..island.Decoded.EncodeToUtf16(utf16)]);
            if (island.LostNoBreakSpace && island.Decoded.Value == 'à' && KeepsItsSpace(text, island.End))
            {
                builder.Append(' ');
            }

            copied = island.End;
        }

        return builder.Append(text, copied, end - copied).ToString();
    }

    /// <summary>"à" is a word of its own in French and Portuguese, so when its 0xA0 byte was lost the
    /// space was usually both that byte and the space after the word ("Ã l'école"): it keeps a space,
    /// except before a second space or in the Portuguese contractions às, àquele, àquela, àquilo.</summary>
    private static bool KeepsItsSpace(string text, int afterSpace)
    {
        var rest = text.AsSpan(afterSpace);
        if (rest.IsEmpty || rest[0] == ' ')
        {
            return false;
        }

        if (rest.Length == 1 ? rest[0] == 's' : rest[0] == 's' && !char.IsLetter(rest[1]))
        {
            return false;
        }

        return !(rest.StartsWith("quel", StringComparison.Ordinal) || rest.StartsWith("quilo", StringComparison.Ordinal));
    }

    /// <summary>C1 controls read back through Windows-1252, or null when there is none to repair.</summary>
    private static string? RepairC1(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAnyInRange('\u0080', '\u009F');
        if (first < 0)
        {
            return null;
        }

        var page = LegacyCodePages.Windows1252;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.CopyTo(buffer);
        var changed = false;
        for (var i = first; i < buffer.Length; i++)
        {
            if (buffer[i] is >= '\u0080' and <= '\u009F' && page.IsDefined((byte)buffer[i]))
            {
                buffer[i] = page.ToChar((byte)buffer[i]);
                changed = true;
            }
        }

        return changed ? buffer.ToString() : null;
    }

    private static int SuspectRunEnd(string text, int from)
    {
        var run = text.AsSpan(from).IndexOfAnyExcept(LegacyCodePages.Suspects);
        return run < 0 ? text.Length : from + run;
    }

    /// <summary>Up to <see cref="ContextLength"/> unsuspect characters next to a segment, on its line. They
    /// are never rewritten by this pass, so a second run scores a segment in the same surroundings.</summary>
    private static ReadOnlySpan<char> Context(string text, int edge, int direction)
    {
        var count = 0;
        if (direction < 0)
        {
            while (count < ContextLength && edge - count - 1 >= 0 && IsPlainContext(text[edge - count - 1]))
            {
                count++;
            }

            return text.AsSpan(edge - count, count);
        }

        while (count < ContextLength && edge + count < text.Length && IsPlainContext(text[edge + count]))
        {
            count++;
        }

        return text.AsSpan(edge, count);
    }

    private static bool IsPlainContext(char c) => c != '\n' && c != '\r' && !LegacyCodePages.Suspects.Contains(c);

    private static double ContextCost(ReadOnlySpan<char> left, ReadOnlySpan<char> middle, ReadOnlySpan<char> right)
    {
        var length = left.Length + middle.Length + right.Length;
        char[]? rented = null;
        var buffer = length <= 512 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        left.CopyTo(buffer);
        middle.CopyTo(buffer[left.Length..]);
        right.CopyTo(buffer[(left.Length + middle.Length)..]);
        var cost = Plausibility.Cost(buffer);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return cost;
    }
}
