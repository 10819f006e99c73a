using System.Runtime.CompilerServices;

namespace HaConfig
{
    /// <summary>
    /// How the JIT treats the few large methods that loop over every line of a file. The analyzers load the
    /// netstandard2.0 build into a compiler process that is new for every command-line build, so each method runs there
    /// for the first time: these methods are compiled at tier 0 and, once their loops pass about a thousand iterations,
    /// compiled again, fully optimised, by on-stack replacement, which was the largest part of the analyzers' JIT time
    /// (see benchmarks/README.md, "Analyzers"). There they are compiled once, optimised. Other builds keep tiered
    /// compilation and its profile-guided optimisation for long-running processes.
    /// </summary>
    internal static class ColdStart
    {
#if NETSTANDARD2_0
        /// <summary><c>MethodImplOptions.AggressiveOptimization</c> (512), which netstandard2.0 does not name; runtimes without tiered compilation ignore it.</summary>
        public const MethodImplOptions Optimize = (MethodImplOptions)512;
#else
        /// <summary>No flag: tiered compilation as usual.</summary>
        public const MethodImplOptions Optimize = 0;
#endif
    }
}
