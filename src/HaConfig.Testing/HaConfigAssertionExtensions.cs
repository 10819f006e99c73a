using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Testing.Assertions;

namespace HaConfig.Testing
{
    /// <summary>The entry points: <c>config.Should()</c> for HAProxy and keepalived configurations, config files and pairs.</summary>
    public static class HaConfigAssertionExtensions
    {
        /// <summary>Starts assertions on an HAProxy configuration.</summary>
        /// <param name="config">The configuration.</param>
        public static HAProxyConfigAssertions Should(this HAProxyConfig config) => new(config);

        /// <summary>Starts assertions on a keepalived configuration.</summary>
        /// <param name="config">The configuration.</param>
        public static KeepalivedConfigAssertions Should(this KeepalivedConfig config) => new(config);

        /// <summary>Starts assertions on a file from <see cref="HaConfigFilesAttribute"/>.</summary>
        /// <param name="file">The file.</param>
        public static ConfigFileAssertions Should(this ConfigFile file) => new(file);

        /// <summary>Starts assertions on a HAProxy + keepalived pair.</summary>
        /// <param name="pair">The pair.</param>
        public static ConfigPairAssertions Should(this ConfigPair pair) => new(pair);
    }
}
