using System.Reflection;
using TextClean.Pipeline;

namespace TextClean.Benchmarks;

/// <summary>
/// Every pass <see cref="PassCatalog"/> can list: those of the default options first, in pipeline order,
/// then those that only some setting switches on, found by trying each value of every enum and bool
/// setting of <see cref="CleanerOptions"/> in turn. A pass is known by its name; each comes with the
/// options whose pipeline it was found in, so it can be benchmarked on what that pipeline gives it.
/// </summary>
public static class PassDiscovery
{
    private static readonly Lazy<IReadOnlyList<(string Name, CleanerOptions Options)>> Discovered = new(Discover);

    /// <summary>Pass names with the options that switch them on.</summary>
    public static IReadOnlyList<(string Name, CleanerOptions Options)> All => Discovered.Value;

    /// <summary>The names of the default pipeline's passes, in order.</summary>
    public static IReadOnlyList<string> DefaultPipeline { get; } =
        [.. PassCatalog.RepairPasses(CleanerOptions.Default).Select(p => p.Name)];

    /// <summary>The pass named <paramref name="name"/> and its input: <paramref name="text"/> run through
    /// the passes before it in the pipeline it was found in.</summary>
    public static (TextPass Pass, string Input) Prepare(string name, string text)
    {
        var options = All.FirstOrDefault(p => p.Name == name).Options
            ?? throw new ArgumentException($"PassCatalog has no pass named '{name}'.", nameof(name));
        foreach (var pass in PassCatalog.RepairPasses(options))
        {
            if (pass.Name == name)
            {
                return (pass, text);
            }

            text = pass.Apply(text);
        }

        throw new InvalidOperationException($"Pass '{name}' left the pipeline it was found in.");
    }

    private static IReadOnlyList<(string Name, CleanerOptions Options)> Discover()
    {
        var found = new List<(string Name, CleanerOptions Options)>();
        foreach (var options in OptionVariants())
        {
            foreach (var pass in PassCatalog.RepairPasses(options))
            {
                if (!found.Exists(f => f.Name == pass.Name))
                {
                    found.Add((pass.Name, options));
                }
            }
        }

        return found;
    }

    /// <summary>The default options, then each one-setting change of them.</summary>
    private static IEnumerable<CleanerOptions> OptionVariants()
    {
        yield return CleanerOptions.Default;
        foreach (var property in typeof(CleanerOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite)
            {
                continue;
            }

            IEnumerable<object> values = property.PropertyType.IsEnum ? Enum.GetValues(property.PropertyType).Cast<object>()
                : property.PropertyType == typeof(bool) ? [true, false]
                : [];
            foreach (var value in values)
            {
                // A fresh copy each time; its init-only setter is reachable through reflection.
                var variant = CleanerOptions.Default with { };
                try
                {
                    property.SetValue(variant, value);
                }
                catch (TargetInvocationException)
                {
                    continue; // a value the setter refuses
                }

                yield return variant;
            }
        }
    }
}
