using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using Xunit;

namespace HaConfig.Tests.Building
{
    /// <summary>Random builder inputs within valid ranges (seeded, bounded): the text parses back to the same typed values and the daemons accept it.</summary>
    public class BuilderPropertyTests
    {
        private const string PasswordAlphabet = "abcXYZ019!#@ $%-_.";

        private sealed record ServerCase(string Name, IPAddress Address, int Port, int Weight, int InterMs, int Fall, int Rise, bool Backup);

        private sealed record HAProxyCase(int FrontendPort, int ClientSeconds, int ConnectMs, BalanceAlgorithm Balance, List<ServerCase> Servers);

        private sealed record VrrpCase(VrrpState State, int RouterId, int Priority, int AdvertInt, string Password, List<(IPAddress Address, int Prefix)> Vips);

        [Fact]
        public void Random_haproxy_inputs_read_back_to_the_same_model()
        {
            var random = new Random(20240601);
            for (int i = 0; i < 500; i++) AssertReadsBack(NextHAProxy(random));
        }

        [Fact]
        public void Random_keepalived_inputs_read_back_to_the_same_model()
        {
            var random = new Random(20240602);
            for (int i = 0; i < 500; i++) AssertReadsBack(NextVrrp(random));
        }

        [SkippableFact]
        public void Random_haproxy_inputs_are_accepted_by_haproxy()
        {
            var random = new Random(20240603);
            for (int i = 0; i < 30; i++) OracleAssert.HAProxyAccepts(Build(NextHAProxy(random)).ToString());
        }

        [SkippableFact]
        public void Random_keepalived_inputs_are_accepted_by_keepalived()
        {
            var random = new Random(20240604);
            for (int i = 0; i < 30; i++) OracleAssert.KeepalivedAccepts(Build(NextVrrp(random)).ToString());
        }

        private static void AssertReadsBack(HAProxyCase input)
        {
            var config = HAProxyConfig.Parse(Build(input).ToString());
            config.Diagnostics.Should().BeEmpty();
            var frontend = config.FindFrontend("fe")!;
            frontend.Binds.Single().Port.Should().Be(input.FrontendPort);
            frontend.GetTimeout("client")!.Value.ToTimeSpan().Should().Be(TimeSpan.FromSeconds(input.ClientSeconds));
            var backend = config.FindBackend("be")!;
            backend.GetTimeout("connect")!.Value.ToTimeSpan().Should().Be(TimeSpan.FromMilliseconds(input.ConnectMs));
            backend.Balance!.Algorithm.Should().Be(Values.Text(input.Balance));
            backend.Servers.Should().HaveCount(input.Servers.Count);
            foreach (var (server, expected) in backend.Servers.Zip(input.Servers, (s, e) => (s, e)))
            {
                server.Name.Should().Be(expected.Name);
                IPAddress.Parse(server.Host!).Should().Be(expected.Address);
                server.Port.Should().Be(expected.Port);
                server.HasCheck.Should().BeTrue();
                server.Weight.Should().Be(expected.Weight);
                server.Inter!.Value.ToTimeSpan().Should().Be(TimeSpan.FromMilliseconds(expected.InterMs));
                server.Fall.Should().Be(expected.Fall);
                server.Rise.Should().Be(expected.Rise);
                server.Backup.Should().Be(expected.Backup);
            }
        }

        private static void AssertReadsBack(VrrpCase input)
        {
            var config = KeepalivedConfig.Parse(Build(input).ToString());
            config.Diagnostics.Should().BeEmpty();
            var instance = config.FindVrrpInstance("VI_1")!;
            instance.State.Should().Be(input.State == VrrpState.Master ? "MASTER" : "BACKUP");
            instance.VirtualRouterId.Should().Be(input.RouterId);
            instance.Priority.Should().Be(input.Priority);
            instance.AdvertInt.Should().Be(input.AdvertInt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            instance.Authentication!.AuthPass.Should().Be(input.Password);
            instance.VirtualIpAddresses.Select(v => (IPAddress.Parse(v.Address), v.PrefixLength!.Value)).Should().Equal(input.Vips);
        }

        private static HAProxyConfig Build(HAProxyCase input) =>
            HAProxyConfig.Create()
                .Frontend("fe", f => f.Bind(input.FrontendPort).Timeout(ProxyTimeout.Client, TimeSpan.FromSeconds(input.ClientSeconds)).DefaultBackend("be"))
                .Backend("be", b =>
                {
                    b.Timeout(ProxyTimeout.Connect, TimeSpan.FromMilliseconds(input.ConnectMs))
                        .Timeout(ProxyTimeout.Server, TimeSpan.FromSeconds(30))
                        .Balance(input.Balance);
                    foreach (var s in input.Servers)
                    {
                        b.Server(s.Name, s.Address, s.Port, o =>
                        {
                            o.Check().Weight(s.Weight).Inter(TimeSpan.FromMilliseconds(s.InterMs)).Fall(s.Fall).Rise(s.Rise);
                            if (s.Backup) o.Backup();
                        });
                    }
                })
                .Build();

        private static KeepalivedConfig Build(VrrpCase input) =>
            KeepalivedConfig.Create()
                .VrrpInstance("VI_1", v =>
                {
                    v.State(input.State).Interface("eth0").VirtualRouterId(input.RouterId).Priority(input.Priority)
                        .AdvertInt(TimeSpan.FromSeconds(input.AdvertInt))
                        .Authentication(VrrpAuthType.Pass, input.Password);
                    foreach (var (address, prefix) in input.Vips) v.VirtualIpAddress(address, prefix, device: "eth0");
                })
                .Build();

        private static HAProxyCase NextHAProxy(Random random)
        {
            var balances = (BalanceAlgorithm[])Enum.GetValues(typeof(BalanceAlgorithm));
            var servers = Enumerable.Range(1, random.Next(1, 6)).Select(n => new ServerCase(
                "s" + n,
                NextAddress(random),
                random.Next(1, 65536),
                random.Next(0, 257),
                random.Next(1, 120) * (random.Next(2) == 0 ? 1000 : 1) + random.Next(0, 2),
                random.Next(1, 11),
                random.Next(1, 11),
                random.Next(4) == 0)).ToList();
            return new HAProxyCase(random.Next(1, 65536), random.Next(1, 3600), random.Next(1, 100_000), balances[random.Next(balances.Length)], servers);
        }

        private static VrrpCase NextVrrp(Random random)
        {
            int length = random.Next(1, 9);
            string password = new string(Enumerable.Range(0, length).Select(_ => PasswordAlphabet[random.Next(PasswordAlphabet.Length)]).ToArray());
            // keepalived keeps at most 8 characters; blanks at either end are not part of the word.
            if (password[0] == ' ') password = "x" + password.Substring(1);
            if (password[password.Length - 1] == ' ') password = password.Substring(0, password.Length - 1) + "y";
            var vips = Enumerable.Range(0, random.Next(1, 4)).Select(_ => (NextAddress(random), random.Next(8, 33))).ToList();
            return new VrrpCase(random.Next(2) == 0 ? VrrpState.Master : VrrpState.Backup, random.Next(1, 256), random.Next(1, 255), random.Next(1, 11), password, vips);
        }

        private static IPAddress NextAddress(Random random) =>
            new(new[] { (byte)10, (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(1, 255) });
    }
}
