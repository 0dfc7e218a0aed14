using TextClean.Testing.Invariants;
using TextClean.Testing.Targets;

namespace TextClean.Properties;

/// <summary>
/// What must hold for every input, for every pass alone, for random ordered subsets of the passes (in
/// pipeline order, under any Quotes x Whitespace combination) and for Fix and Clean under every
/// combination. The passes come from PassCatalog, so a new pass is covered with no change here.
/// </summary>
public class PipelineProperties
{
    public static TheoryData<TargetGroup> AllGroups => [TargetGroup.Passes, TargetGroup.Chains, TargetGroup.Fix, TargetGroup.Clean];

    [Theory]
    [MemberData(nameof(AllGroups))]
    public void Idempotent(TargetGroup group) =>
        PropertyRun.Holds(InvariantChecks.Idempotence, group, (t, c) => InvariantChecks.Idempotent(t, c.Documents[0].Text));

    /// <summary>Any UTF-16 whatever, not only text-like input: no exception (every other property also
    /// fails on an exception, on text-like input).</summary>
    [Theory]
    [MemberData(nameof(AllGroups))]
    public void Total_on_any_string(TargetGroup group) =>
        PropertyRun.Holds(InvariantChecks.Totality, group, (t, c) =>
        {
            var input = c.Documents[0].Text;
            _ = t.Observe(input);
            _ = t.RunReporting(input);
            return null;
        }, raw: true);

    [Fact]
    public void Null_is_refused_with_ArgumentNullException()
    {
        CleaningTarget[] everything =
        [
            .. PassUniverse.Fixed,
            .. PassUniverse.PassListsByOptions.Select((_, i) => PassUniverse.Chain(i, Enumerable.Range(0, PassUniverse.PassListsByOptions[i].Passes.Count))),
        ];
        var problems = everything.Select(t => InvariantChecks.RefusesNull(t) is { } p ? $"{t.Name}: {p}" : null).OfType<string>().ToList();
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(AllGroups))]
    public void Output_keeps_the_hygiene_rules_of_its_passes(TargetGroup group) =>
        PropertyRun.Holds(InvariantChecks.HygieneProperty, group, (t, c) => InvariantChecks.Hygienic(t, c.Documents[0].Text));

    [Theory]
    [InlineData(TargetGroup.Passes)]
    [InlineData(TargetGroup.Chains)]
    [InlineData(TargetGroup.Fix)]
    public void Unchanged_text_comes_back_as_the_same_instance(TargetGroup group) =>
        PropertyRun.Holds(InvariantChecks.SameInstance, group, (t, c) => InvariantChecks.KeepsInstance(t, c.Documents[0].Text));

    [Theory]
    [MemberData(nameof(AllGroups))]
    public void Same_results_from_many_threads_at_once(TargetGroup group) =>
        PropertyRun.HoldsForGroup(InvariantChecks.ThreadSafety, group, (targets, c) =>
            InvariantChecks.ThreadSafe(targets, [.. c.Documents.Select(d => d.Text)]) is { } problem ? $"{InvariantChecks.ThreadSafety}: {problem}" : null, documents: 3);

    [Theory]
    [MemberData(nameof(AllGroups))]
    public void Same_results_under_every_culture(TargetGroup group) =>
        PropertyRun.Holds(InvariantChecks.CultureIndependence, group, (t, c) => InvariantChecks.CultureFree(t, c.Documents[0].Text));

    [Theory]
    [MemberData(nameof(AllGroups))]
    public void Replaying_the_reported_changes_gives_the_output(TargetGroup group) =>
        PropertyRun.Holds(InvariantChecks.ChangeReports, group, (t, c) => InvariantChecks.ChangesReplay(t, c.Documents[0].Text));

    /// <summary>Checks CleanResult.Dates and DateExtractor.Extract as soon as they exist (see CleanSurface).</summary>
    [Fact]
    public void Date_spans_lie_inside_the_text_and_cover_what_they_report() =>
        PropertyRun.Holds(InvariantChecks.DateOffsets, TargetGroup.Clean, (t, c) => InvariantChecks.DateSpansValid((CleanTarget)t, c.Documents[0].Text));

    /// <summary>The byte decoder the CLI reads files with: faithful on valid UTF-8, total on damaged bytes.</summary>
    [Fact]
    public void Decoding_keeps_valid_UTF8_and_reads_any_bytes() =>
        PropertyRun.HoldsForGroup(InvariantChecks.Decoding, TargetGroup.Fix, (_, c) =>
            InvariantChecks.DecodesFaithfully(c.Documents[0].Text, new Random(c.Documents[0].Text.Length)));

    [Fact]
    public void Metadata_and_date_API_binds_where_it_exists() =>
        Assert.Empty(CleanSurface.BindingProblems());
}
