namespace HaConfig.Conversion
{
    /// <summary>
    /// A comment as a document holds it: on one line. A carriage return inside a comment (no line break to either daemon
    /// there) is written as a space, and the rest of a HAProxy line after a stray carriage return (HA0009), which HAProxy
    /// never reads, as a '#' comment; otherwise the document would be refused when read back (found by fuzzing).
    /// </summary>
    internal static class DocumentComment
    {
        public static string From(string comment) =>
            comment.Length > 0 && comment[0] == '\r' ? "#" + comment.Substring(1).Replace('\r', ' ') : comment.Replace('\r', ' ');
    }
}
