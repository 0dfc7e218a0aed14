using TextClean.Testing.Invariants;
using TextClean.Pipeline;

namespace TextClean.Testing.Targets;

/// <summary>What a target is: a pass alone, an ordered subset of passes, or a cleaner's Fix or Clean.</summary>
public enum TargetKind
{
    Pass,
    Chain,
    Fix,
    Clean,
}

/// <summary>
/// One thing the invariants are checked on. Every target is string to string; Clean also reports metadata
/// and dates. <see cref="Guarantees"/> says which hygiene rules its output must keep: those of the passes
/// it runs (see <see cref="Hygiene"/>).
/// </summary>
public abstract class CleaningTarget
{
    protected CleaningTarget(string name, TargetKind kind, IEnumerable<TextPass> passes)
    {
        Name = name;
        Kind = kind;
        Passes = [.. passes];
        Guarantees = Hygiene.GuaranteesOf(Passes);
    }

    /// <summary>Readable and stable, e.g. <c>pass surrogates</c> or <c>fix quotes=Ascii whitespace=Keep</c>.</summary>
    public string Name { get; }

    public TargetKind Kind { get; }

    /// <summary>The repair passes this target runs, in order.</summary>
    public IReadOnlyList<TextPass> Passes { get; }

    public IReadOnlySet<HygieneRule> Guarantees { get; }

    /// <summary>Whether an unchanged input must come back as the same instance (the pass contract).</summary>
    public virtual bool KeepsInstanceWhenUnchanged => true;

    public abstract string Run(string text);

    /// <summary>Runs with change reporting on: the output and the changes it reports.</summary>
    public abstract (string Text, IReadOnlyList<TextChange> Changes) RunReporting(string text);

    /// <summary>Title, authors and published date as one comparable line; null for targets without metadata.</summary>
    public string? Metadata(string text) => Observe(text).Metadata;

    /// <summary>The output and the metadata from one run (Clean is the costly target: one call, not two).</summary>
    public virtual (string Text, string? Metadata) Observe(string text) => (Run(text), null);

    public override string ToString() => Name;
}

public sealed class PassTarget(TextPass pass, string name) : CleaningTarget(name, TargetKind.Pass, [pass])
{
    public TextPass Pass { get; } = pass;

    public override string Run(string text) => Pass.Apply(text);

    public override (string Text, IReadOnlyList<TextChange> Changes) RunReporting(string text)
    {
        var log = new ChangeLog();
        return (Pass.Apply(text, log), log.Changes);
    }
}

/// <summary>An ordered subset of one option combination's passes (Lucene's TestRandomChains idea).</summary>
public sealed class ChainTarget(IReadOnlyList<TextPass> passes, string options)
    : CleaningTarget($"chain [{string.Join(", ", passes.Select(p => p.Name))}] {options}", TargetKind.Chain, passes)
{
    private readonly TextPipeline _pipeline = new(passes);

    /// <summary>The option combination the passes were built under, as <see cref="PassUniverse.Describe"/> spells it.</summary>
    public string Options { get; } = options;

    /// <summary>The same chain without the pass at <paramref name="index"/>.</summary>
    public ChainTarget Without(int index) => new([.. Passes.Where((_, i) => i != index)], Options);

    public override string Run(string text) => _pipeline.Run(text);

    public override (string Text, IReadOnlyList<TextChange> Changes) RunReporting(string text)
    {
        var log = new ChangeLog();
        return (_pipeline.Run(text, log), log.Changes);
    }
}

public sealed class FixTarget(TextCleaner cleaner, string options)
    : CleaningTarget($"fix {options}", TargetKind.Fix, cleaner.RepairPasses)
{
    public TextCleaner Cleaner { get; } = cleaner;

    public override string Run(string text) => Cleaner.Fix(text);

    public override (string Text, IReadOnlyList<TextChange> Changes) RunReporting(string text)
    {
        var log = new ChangeLog();
        return (Cleaner.Fix(text, log), log.Changes);
    }
}

public sealed class CleanTarget(TextCleaner cleaner, string options)
    : CleaningTarget($"clean {options}", TargetKind.Clean, cleaner.RepairPasses)
{
    public TextCleaner Cleaner { get; } = cleaner;

    // Clean renders blocks anew, so the pass contract's same-instance rule is not asked of it.
    public override bool KeepsInstanceWhenUnchanged => false;

    public override string Run(string text) => Cleaner.Clean(text).Text;

    public override (string Text, IReadOnlyList<TextChange> Changes) RunReporting(string text)
    {
        var result = Cleaner.Clean(text, reportChanges: true);
        return (result.Text, result.Changes);
    }

    public override (string Text, string? Metadata) Observe(string text)
    {
        var result = Cleaner.Clean(text);
        return (result.Text, CleanSurface.Metadata(result));
    }
}
