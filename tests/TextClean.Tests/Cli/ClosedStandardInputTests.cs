using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>Standard input closed when the command starts (<c>textclean &lt;&amp;-</c>) is told from one the
/// command was given by the close-on-exec flag: the runtime opens its own files with it, and a descriptor
/// inherited through exec never has it. (.ci/run checks the whole command: exit 1 and a one-line message.)</summary>
public class ClosedStandardInputTests
{
    [Fact]
    public void A_descriptor_the_runtime_opened_is_not_one_the_process_was_given()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc/self/fdinfo is Linux's
        }

        var path = Path.GetTempFileName();
        try
        {
            using var file = File.OpenHandle(path);
            Assert.True(MappedInput.WasClosedAtStart(file.DangerousGetHandle()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Standard_error_the_test_host_was_started_with_is_one_the_process_was_given()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        Assert.False(MappedInput.WasClosedAtStart(2));
    }
}
