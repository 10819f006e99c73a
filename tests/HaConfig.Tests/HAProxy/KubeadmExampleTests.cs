using System.IO;
using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    public class KubeadmExampleTests
    {
        private static string ExamplePath => Path.Combine(Repository.DocsExamples, "haproxy.cfg");

        [Fact]
        public void The_kubeadm_example_frontend_binds_every_address_on_6443()
        {
            var config = HAProxyConfig.Load(ExamplePath);

            var frontend = config.FindFrontend("apiserver")!;
            var bind = frontend.Binds.Single();
            bind.Address!.IsWildcard.Should().BeTrue();
            bind.Port.Should().Be(6443);
            frontend.Mode.Should().Be(ProxyMode.Tcp);
            frontend.DefaultBackend!.BackendName.Should().Be("apiserverbackend");
        }

        [Fact]
        public void The_kubeadm_example_backend_checks_three_masters()
        {
            var backend = HAProxyConfig.Load(ExamplePath).FindBackend("apiserverbackend")!;

            backend.Servers.Select(s => (s.Name, s.Host, s.Port)).Should().Equal(
                ("master1", "192.168.0.11", 6443),
                ("master2", "192.168.0.12", 6443),
                ("master3", "192.168.0.13", 6443));
            backend.Servers.Should().OnlyContain(s => s.HasCheck && s.Verify == "none");
            backend.Balance!.Algorithm.Should().Be("roundrobin");
            backend.Mode.Should().Be(ProxyMode.Tcp);
            backend.IsOptionEnabled("httpchk").Should().BeTrue();
            backend.HttpChecks.Single(c => c.Action == "send").Uri.Should().Be("/healthz");
            backend.HttpChecks.Single(c => c.Action == "expect").Pattern.Should().Be("200");
        }

        [Fact]
        public void The_kubeadm_example_defaults_read_as_durations()
        {
            var defaults = HAProxyConfig.Load(ExamplePath).Defaults.Single();

            defaults.GetTimeout("connect").Should().Be(HaDuration.FromSeconds(5));
            defaults.GetTimeout("client")!.Value.TotalMilliseconds.Should().Be(35000);
            defaults.Mode.Should().Be(ProxyMode.Http);
        }

        [SkippableFact]
        public void Haproxy_accepts_the_kubeadm_example()
        {
            var result = Oracle.CheckHAProxy(File.ReadAllText(ExamplePath));

            result.Accepted.Should().BeTrue(result.ToString());
        }

        [SkippableFact]
        public void Haproxy_accepts_the_kubeadm_example_after_model_edits()
        {
            var config = HAProxyConfig.Load(ExamplePath);
            var backend = config.FindBackend("apiserverbackend")!;
            backend.FindServer("master2")!.SetWeight(50);
            backend.AddServer("master4", "192.168.0.14:6443", "check", "verify", "none");
            config.Defaults.Single().SetTimeout("check", HaDuration.FromSeconds(5));

            var result = Oracle.CheckHAProxy(config.ToString());

            result.Accepted.Should().BeTrue(result.ToString());
            config.ToString().Should().Contain("    server master4 192.168.0.14:6443 check verify none\n");
        }
    }
}
