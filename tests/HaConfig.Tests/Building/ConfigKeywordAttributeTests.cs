using System;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using HaConfig.Building;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using Xunit;

namespace HaConfig.Tests.Building
{
    public class ConfigKeywordAttributeTests
    {
        private static readonly Type[] Builders =
        {
            typeof(HAProxyBuilder), typeof(GlobalBuilder), typeof(ProxyBuilder<>), typeof(FrontendFeatures), typeof(BackendFeatures),
            typeof(ServerBuilder), typeof(BindBuilder), typeof(KeepalivedBuilder), typeof(GlobalDefsBuilder), typeof(VrrpScriptBuilder),
            typeof(VrrpInstanceBuilder), typeof(VrrpSyncGroupBuilder), typeof(VirtualServerBuilder), typeof(RealServerBuilder), typeof(CheckerBuilder),
        };

        private static readonly string[] Unkeyed = { "Build", "Directive", "Parameter", "Section", "Block" };

        [Fact]
        public void Every_typed_builder_method_names_the_keyword_it_sets()
        {
            var missing = Builders
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(m => !m.IsSpecialName && !Unkeyed.Contains(m.Name))
                .Where(m => m.GetCustomAttributes<ConfigKeywordAttribute>().FirstOrDefault() is null)
                .Select(m => m.DeclaringType!.Name + "." + m.Name)
                .ToList();
            missing.Should().BeEmpty();
        }

        [Fact]
        public void Timeout_names_timeout_and_auth_names_its_block_keywords()
        {
            typeof(ProxyBuilder<FrontendBuilder>).GetMethod("Timeout", new[] { typeof(ProxyTimeout), typeof(TimeSpan) })!
                .GetCustomAttribute<ConfigKeywordAttribute>()!.Keyword.Should().Be("timeout");
            typeof(VrrpInstanceBuilder).GetMethod("Authentication")!.GetCustomAttributes<ConfigKeywordAttribute>()
                .Select(a => a.Keyword).Should().Equal("authentication", "auth_type", "auth_pass");
        }
    }
}
