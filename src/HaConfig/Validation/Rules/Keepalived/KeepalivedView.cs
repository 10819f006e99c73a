using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using HaConfig.Keepalived;
using HaConfig.Keepalived.Syntax;
using HaConfig.Syntax;
using HaConfig.Text;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// What keepalived runs, for the rules: the expanded configuration (includes, <c>$NAME</c>, <c>@id</c>, <c>~SEQ</c>),
    /// built once per validation, and the way back from an expanded statement to its source file, line and column.
    /// </summary>
    internal sealed class KeepalivedView
    {
        private readonly KeepalivedExpansionOptions _options;
        private KeepalivedExpansion? _expansion;

        private KeepalivedView(KeepalivedConfig source, KeepalivedExpansionOptions options, bool alwaysExpand)
        {
            Source = source;
            _options = options;

            // Most files use no definition, condition, sequence nor include: their expansion is the file itself, and
            // the rules read the source directly instead of an expanded copy written out and parsed again.
            IsIdentity = !alwaysExpand && KeepalivedExpansion.ExpandsToItself(source);
            Config = IsIdentity ? source : Expansion.Config;

            // Every rule walks the top level, most of them for one kind of block: one pass here, in file order, and the
            // rules read these arrays (never changed after this constructor, so threads may share them).
            var all = new List<KeepalivedStatement>();
            var instances = new List<VrrpInstance>();
            var scripts = new List<VrrpScript>();
            var syncGroups = new List<VrrpSyncGroup>();
            var servers = new List<VirtualServer>();
            var serverGroups = new List<VirtualServerGroup>();
            GlobalDefs? global = null;
            foreach (var statement in Config.AllStatements)
            {
                all.Add(statement);
                switch (statement)
                {
                    case VrrpInstance instance: instances.Add(instance); break;
                    case VrrpScript script: scripts.Add(script); break;
                    case VrrpSyncGroup group: syncGroups.Add(group); break;
                    case VirtualServer server: servers.Add(server); break;
                    case VirtualServerGroup group: serverGroups.Add(group); break;
                    case GlobalDefs defs: global = defs; break; // the last one, as KeepalivedConfig.GlobalDefs
                }
            }

            AllStatements = all.ToArray();
            VrrpInstances = instances.ToArray();
            VrrpScripts = scripts.ToArray();
            VrrpSyncGroups = syncGroups.ToArray();
            VirtualServers = servers.ToArray();
            VirtualServerGroups = serverGroups.ToArray();
            GlobalDefs = global;
            GlobalVrrpVersion = global?.VrrpVersion ?? 2;
            GlobalStrict = global?.VrrpStrict ?? false;
        }

        public KeepalivedConfig Source { get; }

        /// <summary>The expansion (computed on first use when the view is the source itself).</summary>
        /// <remarks>Rules on several threads may ask at once: one expansion is kept.</remarks>
        public KeepalivedExpansion Expansion => _expansion ?? Interlocked.CompareExchange(ref _expansion, KeepalivedExpansion.Expand(Source, _options), null) ?? _expansion!;

        /// <summary>Whether <see cref="Config"/> is the source configuration itself (nothing to expand).</summary>
        public bool IsIdentity { get; }

        /// <summary>
        /// The expanded configuration; its line <c>i</c> comes from <c>Expansion.Lines[i].Source</c>, or is line <c>i</c>
        /// of the source when <see cref="IsIdentity"/>.
        /// </summary>
        public KeepalivedConfig Config { get; }

        public int GlobalVrrpVersion { get; }

        public bool GlobalStrict { get; }

        public static KeepalivedView Of(KeepalivedConfig target, ValidationContext context) =>
            context.Shared(() => Registered(Create(target, context.Options), context));

        /// <summary>Tells the context the secrets of the expanded text too (a <c>$PASS</c> definition becomes an auth_pass there).</summary>
        internal static KeepalivedView Registered(KeepalivedView view, ValidationContext context)
        {
            if (!view.IsIdentity) context.Secrets.Add(view.Config);
            return view;
        }

        /// <summary>A view not cached in a context, for checks that look at several configurations at once (the pair rules).</summary>
        public static KeepalivedView Create(KeepalivedConfig target, ValidationOptions options) =>
            new(target, new KeepalivedExpansionOptions { ConfigId = options.ConfigId }, options.AlwaysExpand);

        /// <summary>The source line number (1-based) of line <paramref name="index"/> of <see cref="Config"/>.</summary>
        public int SourceLineNumber(int index) => IsIdentity ? index + 1 : Expansion.Lines[index].Source.LineNumber;

        /// <summary>The source line number of an expanded statement (1-based).</summary>
        public int LineNumber(KeepalivedStatement statement) => SourceLineNumber(statement.LineIndex);

        /// <summary>Where word <paramref name="word"/> of an expanded statement (0 = keyword) is in the source.</summary>
        /// <remarks>Read through the source document, not a view of the line: a large file's tens of thousands of findings would each keep one.</remarks>
        public SourceLocation Locate(KeepalivedStatement statement, int word = 0)
        {
            var (document, line) = SourceOf(statement);
            string keyword = statement.Keyword;
            string? value = word == 0 ? keyword : statement.GetArgument(word - 1);
            int count = document.GetLine(line).TokenCount;
            int keywordToken = -1;
            for (int t = 0; t < count; t++)
            {
                if (document.TokenValueEqualsOrMissing(line, t, keyword))
                {
                    keywordToken = t;
                    break;
                }
            }

            if (value is not null)
            {
                for (int t = Math.Max(0, keywordToken + (word == 0 ? 0 : 1)); t < count; t++)
                {
                    if (document.TokenValueEqualsOrMissing(line, t, value)) return document.GetTokenLocation(line, t);
                }
            }

            if (keywordToken >= 0) return document.GetTokenLocation(line, keywordToken);
            return count > 0 ? document.GetTokenLocation(line, 0) : document.GetLineLocation(line);
        }

        /// <summary>The document and line index of the source line an expanded statement comes from.</summary>
        private (SyntaxDocument Document, int Line) SourceOf(KeepalivedStatement statement)
        {
            if (IsIdentity) return (statement.Config.Document, statement.LineIndex);
            var source = Expansion.Lines[statement.LineIndex].Source;
            return (source.Document, source.Index);
        }

        /// <summary>The VRRP version an instance runs (instance, then global, IPv6 forces 3).</summary>
        public int VersionOf(VrrpInstance instance)
        {
            if (IsIPv6Instance(instance)) return 3;
            return instance.Version ?? GlobalVrrpVersion;
        }

        /// <summary>Whether strict mode applies to an instance.</summary>
        public bool IsStrict(VrrpInstance instance)
        {
            if (instance.FindRef("strict_mode") is { IsFound: true } strict)
            {
                string? flag = strict.GetArgument(0);
                return flag is null || flag is "on" or "true" or "yes";
            }

            return GlobalStrict;
        }

        /// <summary>Whether the instance's VIPs (or unicast source) are IPv6.</summary>
        public static bool IsIPv6Instance(VrrpInstance instance)
        {
            // The first VIP's address (VirtualIpAddresses[0].Address: the text before any '/'), then unicast_src_ip, read
            // in place: every instance asks, in several rules, and the lists and strings would be garbage at once.
            if (instance.FindBlock("virtual_ipaddress") is { } block && block.ChildSlice is { Length: > 0 } vips)
            {
                string text = vips[0].Keyword;
                int slash = text.IndexOf('/');
                return (slash >= 0 ? text.IndexOf(':', 0, slash) : text.IndexOf(':')) >= 0;
            }

            return instance.FindRef("unicast_src_ip").TryGetArgumentSpan(0, out var address) && address.IndexOf(':') >= 0;
        }

        public static bool IsIPv6(string address) => address.IndexOf(':') >= 0;

        public static bool IsIPAddress(string text) => ParseIPAddress(text) is not null;

        /// <summary>The address of <paramref name="text"/> (the part before any <c>/</c>) when <see cref="IsIPAddress"/> holds, or null.</summary>
        public static System.Net.IPAddress? ParseIPAddress(string text)
        {
            int slash = text.IndexOf('/');
#if NETSTANDARD2_0
            string address = slash >= 0 ? text.Substring(0, slash) : text;
#else
            var address = slash >= 0 ? text.AsSpan(0, slash) : text.AsSpan();
#endif

            // The cheap test first: a word without a dot or colon (a name, an option) is never parsed.
            if (!(address.IndexOf('.') > 0 || address.IndexOf(':') >= 0)) return null;
            return System.Net.IPAddress.TryParse(address, out var parsed) ? parsed : null;
        }

        public static bool TryParseLong(string? text, out long value) =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

        public static bool TryParseDecimal(string? text, out double value) =>
            double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

        /// <summary><see cref="TryParseLong(string?, out long)"/> on a span (a value read with <see cref="KeepalivedStatement.TryGetArgumentSpan"/>).</summary>
        public static bool TryParseLong(ReadOnlySpan<char> text, out long value) =>
#if NETSTANDARD2_0
            TryParseLong(text.ToString(), out value);
#else
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
#endif

        /// <summary><see cref="TryParseDecimal(string?, out double)"/> on a span.</summary>
        public static bool TryParseDecimal(ReadOnlySpan<char> text, out double value) =>
#if NETSTANDARD2_0
            TryParseDecimal(text.ToString(), out value);
#else
            double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
#endif

        /// <summary><see cref="Config"/>'s top-level statements, those of included files spliced in (<see cref="KeepalivedConfig.AllStatements"/>).</summary>
        public IReadOnlyList<KeepalivedStatement> AllStatements { get; }

        /// <summary><see cref="Config"/>'s <see cref="KeepalivedConfig.VrrpInstances"/>.</summary>
        public IReadOnlyList<VrrpInstance> VrrpInstances { get; }

        /// <summary><see cref="Config"/>'s <see cref="KeepalivedConfig.VrrpScripts"/>.</summary>
        public IReadOnlyList<VrrpScript> VrrpScripts { get; }

        /// <summary><see cref="Config"/>'s <see cref="KeepalivedConfig.VrrpSyncGroups"/>.</summary>
        public IReadOnlyList<VrrpSyncGroup> VrrpSyncGroups { get; }

        /// <summary><see cref="Config"/>'s <see cref="KeepalivedConfig.VirtualServers"/>.</summary>
        public IReadOnlyList<VirtualServer> VirtualServers { get; }

        /// <summary><see cref="Config"/>'s <see cref="KeepalivedConfig.VirtualServerGroups"/>.</summary>
        public IReadOnlyList<VirtualServerGroup> VirtualServerGroups { get; }

        /// <summary><see cref="Config"/>'s <see cref="KeepalivedConfig.GlobalDefs"/>.</summary>
        public GlobalDefs? GlobalDefs { get; }
    }
}
