namespace HaConfig.HAProxy
{
    /// <summary>The <c>server</c>/<c>default-server</c> parameters and their value counts (reference §4.3).</summary>
    internal static class ServerOptions
    {
        public static readonly OptionTable Table = OptionTable.Create(
            (0, "backup disabled enabled no-backup no-send-proxy no-send-proxy-v2 no-tfo non-stick send-proxy send-proxy-v2 stick strict-maxconn tfo"),
            (1, "cookie error-limit guid id hash-key idle-ping init-addr init-state log-proto log-bufsize maxconn maxqueue max-reuse minconn namespace"),
            (1, "observe on-error on-marked-down on-marked-up pool-conn-name pool-low-conn pool-max-conn pool-purge-delay proto proxy-v2-options redir"),
            (1, "resolve-net resolve-opts resolve-prefer resolvers shard slowstart source track socks4 weight ws"),
            (0, "check no-check agent-check check-send-proxy check-via-socks4 check-reuse-pool"),
            (1, "addr port inter fastinter downinter rise fall agent-addr agent-port agent-inter agent-send check-proto check-pool-conn-name healthcheck"),
            (0, "ssl no-ssl check-ssl ssl-reuse no-ssl-reuse tls-tickets no-tls-tickets allow-0rtt send-proxy-v2-ssl send-proxy-v2-ssl-cn"),
            (0, "sni-auto no-sni-auto check-sni-auto renegotiate no-renegotiate"),
            (0, "force-sslv3 force-tlsv10 force-tlsv11 force-tlsv12 force-tlsv13 no-sslv3 no-tlsv10 no-tlsv11 no-tlsv12 no-tlsv13"),
            (1, "verify verifyhost sni check-sni check-alpn alpn npn ca-file crl-file crt ciphers ciphersuites curves sigalgs client-sigalgs"),
            (1, "ssl-min-ver ssl-max-ver ktls"));
    }
}
