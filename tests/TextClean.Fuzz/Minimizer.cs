using System.Diagnostics;

namespace TextClean.Fuzz;

/// <summary>
/// Delta debugging (Zeller's ddmin) on the characters of a failing input: removes ever smaller chunks for
/// as long as the failure stays, then single characters. What is left is usually a handful of characters
/// a reader can reason about.
/// </summary>
internal static class Minimizer
{
    public static string Minimize(string input, Func<string, bool> stillFails, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var current = input;
        var chunks = 2;
        while (current.Length >= 2 && clock.Elapsed < budget)
        {
            var size = (int)Math.Ceiling(current.Length / (double)chunks);
            var reduced = false;
            for (var start = 0; start < current.Length && clock.Elapsed < budget; start += size)
            {
                var candidate = current.Remove(start, Math.Min(size, current.Length - start));
                if (stillFails(candidate))
                {
                    current = candidate;
                    chunks = Math.Max(chunks - 1, 2);
                    reduced = true;
                    break;
                }
            }

            if (!reduced)
            {
                if (size == 1)
                {
                    break;
                }

                chunks = Math.Min(chunks * 2, current.Length);
            }
        }

        return current;
    }
}
