namespace HaConfig.Conversion
{
    /// <summary>
    /// An argument kept as written, <c>{raw: "'$.iss'"}</c>, for the few words whose decoded value cannot be quoted
    /// back with the same meaning (a protected <c>$</c> in HAProxy, a double quote inside quotes in keepalived).
    /// </summary>
    internal static class RawWord
    {
        public static DocumentMapping Create(string raw) => new DocumentMapping().Add("raw", raw);

        /// <summary>The raw text when <paramref name="node"/> is a raw word, otherwise null.</summary>
        public static string? TryRead(DocumentNode node)
        {
            if (node is not DocumentMapping mapping) return null;
            mapping.CheckKeys("a raw argument", "raw");
            string raw = mapping.RequireString("raw");
            // A carriage return inside a word ("\r" in quotes) is no line break to either daemon; one that ends the word
            // would join the line break that follows.
            if (raw.Length == 0 || raw.IndexOf('\n') >= 0 || raw[raw.Length - 1] == '\r') throw mapping.Error("'raw' is one word as written, without line breaks");
            return raw;
        }
    }
}
