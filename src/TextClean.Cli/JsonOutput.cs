using System.Text.Encodings.Web;
using System.Text.Json;

namespace TextClean.Cli;

/// <summary>How the CLI writes JSON: UTF-8 with non-ASCII text left readable, one record per line.</summary>
internal static class JsonOutput
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder, Indented = false };
}
