using FluentAssertions;
using HaConfig.Tests.Infrastructure;

namespace HaConfig.Tests.Building
{
    internal static class OracleAssert
    {
        /// <summary>
        /// keepalived -t accepted the file. The only message tolerated is the one about the check script, which names
        /// /etc/keepalived/check_apiserver.sh, a file absent in the test sandbox (keepalived then exits 5 with just that line).
        /// </summary>
        public static void KeepalivedAccepts(string text)
        {
            var result = Oracle.CheckKeepalived(text);
            bool onlyMissingScript = result.Output.Trim() == "Disabling track script check_apiserver since not found/accessible";
            (result.Accepted || onlyMissingScript).Should().BeTrue(result.ToString());
        }

        public static void HAProxyAccepts(string text)
        {
            var result = Oracle.CheckHAProxy(text);
            result.Accepted.Should().BeTrue(result.ToString());
        }
    }
}
