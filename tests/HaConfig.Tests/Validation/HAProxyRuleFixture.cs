using System;
using System.Linq;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Validation;

namespace HaConfig.Tests.Validation
{
    /// <summary>How the HAProxy rule tests validate a fixture: as <c>h.cfg</c>, targeting 2.6 unless told otherwise.</summary>
    internal static class HAProxyRuleFixture
    {
        public static Diagnostic[] Validate(string text, string version = "2.6", string? baseDirectory = null) =>
            HAProxyConfig.Parse(text, "h.cfg").Validate(new ValidationOptions { HAProxyVersion = Version.Parse(version), FileCheckBaseDirectory = baseDirectory }).ToArray();
    }
}
