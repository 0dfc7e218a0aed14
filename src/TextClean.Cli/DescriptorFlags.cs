namespace TextClean.Cli;

/// <summary>A file descriptor's open flags as Linux tells them in /proc/self/fdinfo (octal, the values of
/// every architecture .NET runs on there).</summary>
internal static class DescriptorFlags
{
    /// <summary>O_NONBLOCK: writes fail with EAGAIN instead of waiting.</summary>
    public const long NonBlocking = 0x800;

    /// <summary>O_CLOEXEC: closed on exec, so never a descriptor the process was started with.</summary>
    public const long CloseOnExec = 0x80000;

    /// <summary>The flags of descriptor <paramref name="descriptor"/>; null where they cannot be read (no /proc:
    /// macOS, a container without it; a descriptor that is not open).</summary>
    public static long? Of(long descriptor)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/self/fdinfo/{descriptor}"))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    return Convert.ToInt64(line["flags:".Length..].Trim(), 8);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // unknown
        }

        return null;
    }
}
