using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// Certificates, CA and CRL files, errorfiles, ACL pattern files, maps and Lua scripts that do not exist (HA1025, fatal
    /// in HAProxy). Runs only when <see cref="ValidationOptions.FileCheckBaseDirectory"/> is set: paths are resolved
    /// against it (after <c>crt-base</c>/<c>ca-base</c>), and a path that escapes it is reported (HA1051), never probed.
    /// </summary>
    public sealed class HA1025MissingFiles : ValidationRule<HAProxyConfig>
    {
        private static readonly Regex MapConverter = new(@"(?<![A-Za-z0-9_.])map(?:_[a-z]+){0,2}\(([^,)]+)", RegexOptions.CultureInvariant);

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.MissingFile, RuleCatalogue.FileOutsideCheckedDirectory,
        };

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            if (context.Options.FileCheckBaseDirectory is not { Length: > 0 } configured) return;
            string root = Path.GetFullPath(configured).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            var checker = new Checker(context, root, target.Global?.FindLast("crt-base")?.GetArgument(0), target.Global?.FindLast("ca-base")?.GetArgument(0));
            foreach (var section in target.Sections)
            {
                foreach (var directive in section.DirectiveList)
                {
                    var line = directive.Line;
                    switch (directive.Keyword)
                    {
                        case "lua-load":
                        case "lua-load-per-thread":
                            checker.Check(line, 1, "Lua", null, false);
                            break;
                        case "errorfile":
                            checker.Check(line, 2, "errorfile", null, false);
                            break;
                        case "bind":
                        case "server":
                        case "default-server":
                        case "server-template":
                            CheckSsl(checker, line, directive.Keyword == "bind");
                            break;
                        case "acl":
                            for (int i = 3; i + 1 < line.TokenCount; i++)
                            {
                                if (line.ValueEquals(i, "-f")) checker.Check(line, i + 1, "ACL pattern", null, false);
                            }

                            break;
                    }

                    for (int i = 1; i < line.TokenCount; i++)
                    {
                        string value = line.GetValue(i);
                        if (value.IndexOf("map", StringComparison.Ordinal) < 0) continue;
                        foreach (Match match in MapConverter.Matches(value)) checker.CheckPath(line, i, "map", match.Groups[1].Value.Trim(), null, false);
                    }
                }
            }
        }

        private static void CheckSsl(Checker checker, HAProxyLine line, bool isBind)
        {
            for (int i = 2; i + 1 < line.TokenCount; i++)
            {
                switch (line.GetValue(i))
                {
                    case "crt":
                        checker.Check(line, i + 1, "certificate", checker.CrtBase, isBind);
                        break;
                    case "crt-list":
                        checker.Check(line, i + 1, "certificate list", checker.CrtBase, false);
                        break;
                    case "ca-file":
                        checker.Check(line, i + 1, "CA", checker.CaBase, false);
                        break;
                    case "crl-file":
                        checker.Check(line, i + 1, "CRL", checker.CaBase, false);
                        break;
                }
            }
        }

        private sealed class Checker
        {
            private readonly ValidationContext _context;
            private readonly string _root;
            private readonly Dictionary<string, bool> _exists = new(StringComparer.Ordinal);

            public Checker(ValidationContext context, string root, string? crtBase, string? caBase)
            {
                _context = context;
                _root = root;
                CrtBase = crtBase;
                CaBase = caBase;
            }

            public string? CrtBase { get; }

            public string? CaBase { get; }

            public void Check(HAProxyLine line, int index, string kind, string? prefix, bool directoryAllowed)
            {
                if (index < line.TokenCount) CheckPath(line, index, kind, line.GetValue(index), prefix, directoryAllowed);
            }

            public void CheckPath(HAProxyLine line, int index, string kind, string path, string? prefix, bool directoryAllowed)
            {
                // Variables are resolved on the target host, and @-prefixed names are crt-store or built-in references.
                if (path.Length == 0 || path.IndexOf('$') >= 0 || path.StartsWith("@", StringComparison.Ordinal)) return;
                string relative = prefix is { Length: > 0 } && !Path.IsPathRooted(path) ? Path.Combine(prefix, path) : path;
                string full;
                try
                {
                    full = Path.GetFullPath(Path.Combine(_root, relative));
                }
                catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
                {
                    return;
                }

                if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    _context.Report(RuleCatalogue.FileOutsideCheckedDirectory, line.GetLocation(index), kind, path, _root);
                    return;
                }

                if (!_exists.TryGetValue(full, out bool exists))
                {
                    exists = File.Exists(full) || (directoryAllowed && Directory.Exists(full));
                    _exists[full] = exists;
                }

                if (!exists) _context.Report(RuleCatalogue.MissingFile, line.GetLocation(index), kind, path, full);
            }
        }
    }
}
