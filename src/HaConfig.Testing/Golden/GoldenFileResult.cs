namespace HaConfig.Testing.Golden
{
    /// <summary>What a golden-file comparison did: matched, or (in update mode) rewrote the file.</summary>
    public sealed class GoldenFileResult
    {
        internal GoldenFileResult(string path, bool updated, string message)
        {
            Path = path;
            Updated = updated;
            Message = message;
        }

        /// <summary>The golden file, as a full path.</summary>
        public string Path { get; }

        /// <summary>Whether update mode (<c>HACONFIG_UPDATE_GOLDEN=1</c>) rewrote the file because it differed or was missing.</summary>
        public bool Updated { get; }

        /// <summary>One line saying what happened, e.g. <c>golden file /src/expected/haproxy.cfg was updated</c>.</summary>
        public string Message { get; }

        /// <inheritdoc/>
        public override string ToString() => Message;
    }
}
