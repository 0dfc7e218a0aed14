using TextClean.Blocks;
using TextClean.Dates;
using TextClean.Pipeline;

namespace TextClean;

/// <summary>
/// The front door: <c>TextCleaner.Default.Clean(text)</c>. Built once from <see cref="CleanerOptions"/>,
/// immutable and safe to share between threads.
/// </summary>
public sealed class TextCleaner
{
    // Built on first use, so that a caller who only fixes text or only extracts dates does not pay for the
    // block stage's tables (a tenth of a second, a sixth of a 100 MB `textclean fix` run).
    private readonly Lazy<TextPipeline> _repair;
    private readonly Lazy<BlockStage> _blocks;
    private readonly DateExtractor _dates;

    /// <summary>Rounds of repair and block removal in <see cref="Clean"/>; real pages settle in one or two.</summary>
    private const int MaxCleanRounds = 3;

    /// <summary>A cleaner that does what <paramref name="options"/> say; its passes are built on first use.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public TextCleaner(CleanerOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _repair = new(() => new TextPipeline(PassCatalog.RepairPasses(options)));
        _blocks = new(() => new BlockStage(PassCatalog.BlockPasses(options)));
        _dates = options.Dates == DateOptions.Default ? DateExtractor.Default : new DateExtractor(options.Dates);
    }

    /// <summary>A cleaner with <see cref="CleanerOptions.Default"/>.</summary>
    public static TextCleaner Default { get; } = new(CleanerOptions.Default);

    /// <summary>The options this cleaner was built from.</summary>
    public CleanerOptions Options { get; }

    /// <summary>The character and word passes this cleaner runs, in order.</summary>
    public IReadOnlyList<TextPass> RepairPasses => _repair.Value.Passes;

    /// <summary>The date extractor <c>Clean</c> runs on the final text, built from <see cref="CleanerOptions.Dates"/>:
    /// <c>cleaner.DateExtractor.Extract(text)</c> finds the dates of a text as given, as <c>textclean dates</c> does.
    /// (<see cref="CleanResult.Dates"/> is what it found in a cleaned text.)</summary>
    public DateExtractor DateExtractor => _dates;

    /// <summary>The block passes (metadata, boilerplate, render) that <c>Clean</c> runs after repair.</summary>
    public IReadOnlyList<BlockPass> BlockPasses => _blocks.Value.Passes;

    /// <summary>Character and word repair only: no line is removed. Returns the input instance when
    /// nothing needed repair. <paramref name="changes"/>, when given, receives every edit, so that
    /// <c>ChangeLog.Replay(text, changes.Changes)</c> gives the result.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string Fix(string text, ChangeLog? changes = null) => _repair.Value.Run(text, changes);

    /// <summary>The whole flow. With <paramref name="reportChanges"/>, <see cref="CleanResult.Changes"/>
    /// says what was changed or removed and why. Relative dates in <see cref="CleanResult.Dates"/> resolve
    /// against <paramref name="referenceDate"/> when the article states no published date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public CleanResult Clean(string text, bool reportChanges = false, ArticleDate? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var log = reportChanges ? new ChangeLog() : null;
        var repair = _repair.Value;
        var blocks = _blocks.Value;
        var document = new BlockDocument(repair.Run(text, log));
        for (var round = 0; round < MaxCleanRounds; round++)
        {
            var beforeBlocks = document.Text;
            document = blocks.Run(document, log);
            if (ReferenceEquals(document.Text, beforeBlocks))
            {
                break; // the repair passes already settled on exactly this text
            }

            // Removing blocks changes what the repair passes see around a spot (a mojibake decision reads
            // its line and its page), so the body can need repair that the page did not: repair again, and
            // run the blocks over what changed, until both settle. That makes Clean(Clean(x)) == Clean(x).
            var repaired = repair.Run(document.Text, log);
            if (ReferenceEquals(repaired, document.Text))
            {
                break;
            }

            document = new BlockDocument(repaired, document.Metadata);
        }

        // Relative dates resolve against the article's own published date when the metadata stage found
        // one; the caller's reference date is the fallback.
        var published = document.Metadata.Published;
        return new CleanResult(document.Text, log?.Changes ?? [])
        {
            Title = document.Metadata.Title,
            Authors = document.Metadata.Authors,
            Published = published,
            Dates = Options.Dates.Enabled ? _dates.Extract(document.Text, published ?? referenceDate) : [],
        };
    }
}
