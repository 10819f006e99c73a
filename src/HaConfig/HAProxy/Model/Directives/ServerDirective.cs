using HaConfig.HAProxy.Syntax;
using HaConfig.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// <c>server</c>, <c>default-server</c> or <c>server-template</c>: name, address and parameters. Values are read
    /// from the line's words on each access; setters rewrite only the words concerned.
    /// </summary>
    public sealed class ServerDirective : ParameterizedDirective
    {
        internal ServerDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        private VersionedValue<(ServerKind Kind, int ParametersStart)> _shape;

        /// <summary>Which keyword the line uses.</summary>
        public ServerKind Kind => Shape.Kind;

        /// <summary>
        /// The keyword and where the parameters start, read once per document version: every rule asks each server
        /// line for both, and each question compared words again.
        /// </summary>
        private (ServerKind Kind, int ParametersStart) Shape
        {
            get
            {
                int version = Line.DocumentVersion;
                if (_shape.TryGet(version, out var cached)) return cached;
                var kind = Line.ValueEquals(0, "default-server") ? ServerKind.DefaultServer
                    : Line.ValueEquals(0, "server-template") ? ServerKind.ServerTemplate
                    : ServerKind.Server;
                int parametersStart = kind switch
                {
                    ServerKind.DefaultServer => 1,
                    ServerKind.ServerTemplate => 4,
                    _ => ServerAddressIsParameter ? 2 : 3,
                };
                return _shape.Set(version, (kind, parametersStart));
            }
        }

        /// <inheritdoc />
        internal override void PrepareForConcurrentReads()
        {
            _ = Shape;
            base.PrepareForConcurrentReads();
        }

        /// <summary>The server name (the prefix for a template), or null for <c>default-server</c>.</summary>
        public string? Name => Kind == ServerKind.DefaultServer ? null : GetArgument(0);

        /// <summary>Whether <see cref="Name"/> is not null, without reading it.</summary>
        internal bool HasName => Kind != ServerKind.DefaultServer && Line.TokenCount > 1;

        /// <summary>For <c>server-template</c>: the count or range word (<c>5</c>, <c>1-10</c>), otherwise null.</summary>
        public string? TemplateRange => Kind == ServerKind.ServerTemplate ? GetArgument(1) : null;

        /// <summary>The address word as written, or null (no address, <c>default-server</c>).</summary>
        public string? AddressText
        {
            get
            {
                int index = AddressIndex;
                return index > 0 && index < Line.TokenCount ? Line.GetValue(index) : null;
            }
        }

        /// <summary>The parsed address, or null when absent or malformed.</summary>
        public HAProxyAddress? Address => HAProxyAddress.TryParse(AddressText, out var address) ? address : null;

        /// <summary>The host part of the address, or null.</summary>
        public string? Host => Address?.Host;

        /// <summary>The port, or null when absent, relative (<c>+N</c>) or a variable.</summary>
        public int? Port => Address?.Port;

        /// <summary>Replaces the address word (host and port).</summary>
        public void SetAddress(string address)
        {
            if (Kind == ServerKind.DefaultServer) throw new System.InvalidOperationException("default-server has no address.");
            int index = AddressIndex;
            if (index > 0 && index < Line.TokenCount) Line.SetValue(index, address);
            else Line.InsertValues(System.Math.Min(Kind == ServerKind.ServerTemplate ? 3 : 2, Line.TokenCount), address);
        }

        /// <summary>Whether health checks are on (<c>check</c> present). Setting adds or removes the <c>check</c> word.</summary>
        public bool HasCheck => HasOption("check");

        /// <summary>Turns health checks on (appends <c>check</c>) or off (removes it).</summary>
        public bool Check
        {
            get => HasCheck;
            set => SetFlag("check", value);
        }

        /// <summary><c>weight</c>, or null when absent or not a number.</summary>
        public int? Weight => GetInt("weight");

        /// <summary><c>inter</c>, or null.</summary>
        public HaDuration? Inter => GetDuration("inter");

        /// <summary><c>fastinter</c>, or null.</summary>
        public HaDuration? FastInter => GetDuration("fastinter");

        /// <summary><c>downinter</c>, or null.</summary>
        public HaDuration? DownInter => GetDuration("downinter");

        /// <summary><c>rise</c>, or null.</summary>
        public int? Rise => GetInt("rise");

        /// <summary><c>fall</c>, or null.</summary>
        public int? Fall => GetInt("fall");

        /// <summary><c>maxconn</c>, or null.</summary>
        public int? MaxConn => GetInt("maxconn");

        /// <summary>Whether <c>backup</c> is present.</summary>
        public bool Backup => HasOption("backup");

        /// <summary>Whether <c>ssl</c> is present.</summary>
        public bool Ssl => HasOption("ssl");

        /// <summary>The <c>verify</c> value (<c>none</c>, <c>required</c>), or null.</summary>
        public string? Verify => GetOption("verify");

        /// <summary>Sets <c>weight</c>, rewriting only its value or appending <c>weight N</c>.</summary>
        public void SetWeight(int weight) => SetOption("weight", weight.ToString(System.Globalization.CultureInfo.InvariantCulture));

        private int AddressIndex => Kind switch
        {
            ServerKind.DefaultServer => -1,
            ServerKind.ServerTemplate => 3,
            _ => ServerAddressIsParameter ? -1 : 2,
        };

        private protected override OptionTable Table => ServerOptions.Table;

        private protected override int ParametersStart => Shape.ParametersStart;

        /// <summary>A peers-style <c>server name</c> line may have no address; then parameters start right after the name.</summary>
        private bool ServerAddressIsParameter => Line.TokenCount > 2 && ServerOptions.Table.Contains(Line.GetValueSpan(2));
    }
}
