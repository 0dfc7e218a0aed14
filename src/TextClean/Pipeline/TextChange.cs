namespace TextClean.Pipeline;

/// <summary>
/// One edit made by one pass. <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets into the
/// text that this pass was given (its step's input), not into the original input, so a log replays
/// step by step: <see cref="ChangeLog.Replay"/>.
/// </summary>
/// <param name="Step">Position of the pass run in the log (0 for the first pass that ran).</param>
/// <param name="Pass">The pass's stable <c>Name</c>.</param>
/// <param name="Reason">A short reason code, such as <c>mojibake</c> or <c>navigation</c>.</param>
/// <param name="Start">Offset of the replaced span in the step's input.</param>
/// <param name="Length">Length of the replaced span in the step's input.</param>
/// <param name="Original">The replaced text.</param>
/// <param name="Replacement">What replaced it; empty for a removal.</param>
public readonly record struct TextChange(
    int Step, string Pass, string Reason, int Start, int Length, string Original, string Replacement);
