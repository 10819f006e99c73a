using System.Linq;

namespace HaConfig.Analyzers.Tests
{
    /// <summary>
    /// Builder calls as they look while being typed or when written oddly: wrong argument types and counts, null and
    /// default, interpolated strings, constants from another file, constants defined in terms of themselves, enum values
    /// that name no member, factories given values they reject, method groups, recursion, very long chains. Each entry is
    /// one file of one compilation; several do not compile, on purpose.
    /// </summary>
    internal static class HostileBuilderCode
    {
        private const string Usings = "using System;\nusing System.Net;\nusing HaConfig.HAProxy;\nusing HaConfig.Keepalived;\n";

        public static readonly string[] Sources =
        {
            // Constants from another file (used by the next entry).
            Usings + "namespace Shared { internal static class Names { public const string Backend = \"web\"; public const int Priority = 300; public const int Big = int.MaxValue; } }",
            Usings + """
                namespace OtherFile
                {
                    internal static class C
                    {
                        static KeepalivedConfig K() => KeepalivedConfig.Create()
                            .VrrpInstance("VI", i => i.Interface("eth0").VirtualRouterId(51).Priority(Shared.Names.Priority).State(VrrpState.Master)
                                .VirtualIpAddress(IPAddress.Parse("10.0.0.1"), unchecked(Shared.Names.Big + 33)))
                            .Build();
                        static HAProxyConfig H() => HAProxyConfig.Create().Backend(Shared.Names.Backend, b => b.Server(Shared.Names.Backend, "10.0.0.1:80")).Build();
                    }
                }
                """,

            // Constants defined in terms of themselves (CS0110) and each other.
            Usings + """
                namespace Cycles
                {
                    internal static class Loop
                    {
                        public const int A = B + 1;
                        public const int B = A + 1;
                        public const string S = S + "x";
                        static KeepalivedConfig K() => KeepalivedConfig.Create().VrrpInstance(S, i => i.VirtualRouterId(A).Priority(B).Interface(S)).Build();
                        static HAProxyConfig H() => HAProxyConfig.Create().Backend(S, b => b.Server(S, S, s => s.Weight(A))).Build();
                    }
                }
                """,

            // Wrong argument types and counts, null, default, missing lambdas.
            Usings + """
                namespace WrongArguments
                {
                    internal static class C
                    {
                        static object A() => HAProxyConfig.Create().Backend(42, b => b.Server()).Build();
                        static object B() => HAProxyConfig.Create().Backend("b", b => b.Server("s", "10.0.0.1:80", "extra", 1, 2)).Build();
                        static object D() => HAProxyConfig.Create().Backend(null, null).Frontend(default, default).Build();
                        static object E() => HAProxyConfig.Create().Frontend(default!, f => f.Bind(default(int)).DefaultBackend(null!)).Build();
                        static object F() => KeepalivedConfig.Create().VrrpInstance(null!, i => i.VirtualRouterId(default).Priority((int)default(long)).Authentication(default, null)).Build();
                        static object G() => KeepalivedConfig.Create().VrrpInstance("VI", i => i.VirtualRouterId("51").Priority(1.5).State("MASTER")).Build();
                        static object H() => HAProxyConfig.Create().Backend("b", b => b.Server("s", null, 80, null).Server("t", IPAddress.Parse(null), -1)).Build();
                        static object I() => HAProxyConfig.Create().Backend<int>("b").Build();
                        static object J() => HAProxyConfig.Create().Backend(b: "x", name: "y", configure: z => z).Build();
                        static object K() => HAProxyConfig.Create().Frontend("f", f => f.Acl("a", null).Acl("b", new string[0]).Acl("c", new[] { (string)null! }).UseBackend("x", HaCondition.If()).UseBackend("y", HaCondition.If(null!))).Build();
                    }
                }
                """,

            // Interpolated strings, constant and not, and strings the configuration cannot hold.
            Usings + """
                namespace Strings
                {
                    internal static class C
                    {
                        const string Name = "web";
                        static object A(int x) => HAProxyConfig.Create().Backend($"{Name}", b => b.Server($"s{x}", $"10.0.0.{x}:80", s => s.Weight(int.Parse("1")))).Build();
                        static object B() => HAProxyConfig.Create().Backend($"{Name}-{Name}", b => b.Server("a b", "# comment", s => s.Parameter("\"", "'")).Server("", "\0")).Build();
                        static object D() => KeepalivedConfig.Create().VrrpInstance("VI\n{", i => i.Interface("eth0 }").Authentication(VrrpAuthType.Pass, "\"\\")).Build();
                        static object E() => HAProxyConfig.Create().Frontend(@"f
                            g", f => f.Bind(80).DefaultBackend($@"{Name}
                            ")).Build();
                    }
                }
                """,

            // Enum values that name no member, factories given values they reject, numeric edges.
            Usings + """
                namespace Values
                {
                    internal static class C
                    {
                        static object A() => HAProxyConfig.Create()
                            .Defaults(d => d.Mode((ProxyMode)999).Timeout((ProxyTimeout)(-1), TimeSpan.FromSeconds(double.NaN)).Timeout(ProxyTimeout.Client, TimeSpan.FromSeconds(1e300)))
                            .Backend("b", b => b.Balance((BalanceAlgorithm)int.MaxValue)
                                .Server("s", "10.0.0.1:80", s => s.Verify((SslVerify)42).Inter(HaDuration.FromSeconds(long.MaxValue)).Inter(TimeSpan.FromMilliseconds(-1)).Weight(int.MinValue).CheckPort(70000)))
                            .Frontend("f", f => f.Bind(IPAddress.Parse("not an address"), 80, x => x.Verify((SslVerify)(-7))).Bind(-5).Bind(int.MaxValue))
                            .Build();
                        static object B() => KeepalivedConfig.Create()
                            .VrrpInstance("VI", i => i.State((VrrpState)77).Authentication((VrrpAuthType)9, "x").VirtualRouterId(int.MaxValue + 1)
                                .AdvertInt(TimeSpan.FromDays(100000)).VirtualIpAddress(IPAddress.Parse("::1"), -3).VirtualIpAddress(IPAddress.Parse("10.0.0.1"), 99))
                            .VrrpScript("s", s => s.Interval(TimeSpan.MaxValue).Timeout(TimeSpan.MinValue).Weight(checked(int.MinValue - 1)))
                            .Build();
                    }
                }
                """,

            // Method groups, delegates, lambdas of every shape, recursion, local functions, chains that are not chains.
            Usings + """
                namespace Shapes
                {
                    internal static class C
                    {
                        static void Configure(BackendBuilder b) => b.Server("s", "10.0.0.1:80");
                        static Action<BackendBuilder> Field = null!;
                        static object A() => HAProxyConfig.Create().Backend("a", Configure).Backend("b", Field).Backend("c", b => { }).Backend("d", b => { return; })
                            .Backend("e", b => throw new Exception()).Backend("f", async b => { await System.Threading.Tasks.Task.Yield(); }).Build();
                        static object B() => HAProxyConfig.Create().Backend("r", b => { B(); b.Server("s", "10.0.0.1:80"); local(b); void local(BackendBuilder x) => x.Server("t", "1"); }).Build();
                        static object D(HAProxyBuilder builder) => builder.Backend("x", b => b.Server("s", "a")).Build();
                        static object E() => (HAProxyConfig.Create() ?? HAProxyConfig.Create()).Backend(nameof(C), b => b.Server(nameof(b), "x")).Build();
                        static object F() { var x = HAProxyConfig.Create(); x.Backend("b", b => b.Server("s", "10.0.0.1:80")); return x.Build(); }
                        static object G() => KeepalivedConfig.Create().VrrpInstance("VI", i => i.VrrpInstance("nested", j => j)).Build();
                        static object H() => HAProxyConfig.Create().Backend("b", b => b.Server("s", "10.0.0.1:80", s => s.Check().Check().Check()), extra: 1).Build();
                        static dynamic I() => ((dynamic)HAProxyConfig.Create()).Backend("b", (Action<BackendBuilder>)(b => b.Server("s", "x"))).Build();
                    }
                }
                """,

            // A very long chain and deep lambda nesting.
            Usings + "namespace Long { internal static class C { static object A() => HAProxyConfig.Create().Backend(\"b\", b => b"
                + string.Concat(Enumerable.Range(0, 600).Select(i => $".Server(\"s{i}\", \"10.0.{i / 250}.{i % 250}:80\", s => s.Check().Weight({i}))"))
                + ").Build(); } }",

            // Half-typed: an open call, a dangling dot, an unterminated string and lambda, at the end of the file.
            Usings + "namespace Half { internal static class C { static object A() => HAProxyConfig.Create().Backend(\"b\", b => b.Server(\"s\", \"10.0.0.1:80\", s => s.",
            Usings + "namespace Half2 { internal static class C { static object A() => KeepalivedConfig.Create().VrrpInstance(\"VI, i => i.Priority(",
            Usings + "namespace Half3 { internal static class C { static object A() => HAProxyConfig.Create().Backend(\"b\", b => b.Server(\"s\", $\"{",
        };
    }
}
