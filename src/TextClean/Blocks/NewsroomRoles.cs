namespace TextClean.Blocks;

/// <summary>
/// The jobs a newsroom credits, as bylines and author bios name them. The metadata pass reads them after a byline's
/// comma ("By Jane Doe, Staff Writer") and the boilerplate pass in a bio ("Jane Doe is a reporter at The Post"), so
/// both read one list.
/// </summary>
internal static class NewsroomRoles
{
    /// <summary>Those who write or make the story.</summary>
    public static readonly string[] Story =
        ["reporter", "correspondent", "writer", "editor", "columnist", "journalist", "contributor", "producer", "critic"];

    /// <summary>Those who make its pictures: credited, but no author of the text.</summary>
    public static readonly string[] Pictures = ["photographer", "photojournalist", "videographer", "illustrator"];
}
