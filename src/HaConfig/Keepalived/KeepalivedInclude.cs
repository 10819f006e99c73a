using System.Collections.Generic;
using HaConfig.Keepalived.Syntax;

namespace HaConfig.Keepalived
{
    /// <summary>How <see cref="KeepalivedConfig.Load"/> follows <c>include</c> lines.</summary>
    public sealed class KeepalivedLoadOptions
    {
        /// <summary>Whether to read included files at all (default true).</summary>
        public bool FollowIncludes { get; set; } = true;

        /// <summary>The directory no included file may be outside of; null = the main file's directory.</summary>
        public string? IncludeRoot { get; set; }

        /// <summary>The deepest include nesting followed (default 32).</summary>
        public int MaxIncludeDepth { get; set; } = 32;

        /// <summary>The most files read through includes, all levels together (default 1000); more are reported as HA0043.</summary>
        public int MaxIncludedFiles { get; set; } = 1000;

        /// <summary>The parse limits applied to the main file and every included file.</summary>
        public HaConfigLimits Limits { get; set; } = HaConfigLimits.Default;
    }

    /// <summary>An <c>include</c> line and the files it matched, each parsed with its own path and lines.</summary>
    public sealed class KeepalivedInclude
    {
        private readonly List<KeepalivedConfig> _files = new();

        internal KeepalivedInclude(KeepalivedLine line, string pattern)
        {
            Line = line;
            Pattern = pattern;
        }

        /// <summary>The <c>include</c> line.</summary>
        public KeepalivedLine Line { get; }

        /// <summary>The glob pattern as written (relative to the including file's directory).</summary>
        public string Pattern { get; }

        /// <summary>The files read, in glob order.</summary>
        public IReadOnlyList<KeepalivedConfig> Files => _files;

        internal void Add(KeepalivedConfig file) => _files.Add(file);
    }
}
