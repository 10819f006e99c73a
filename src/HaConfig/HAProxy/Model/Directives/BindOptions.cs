namespace HaConfig.HAProxy
{
    /// <summary>The <c>bind</c> parameters and their value counts (reference §4.2).</summary>
    internal static class BindOptions
    {
        public static readonly OptionTable Table = OptionTable.Create(
            (0, "accept-proxy defer-accept tfo transparent v4v6 v6only ssl no-alpn generate-certificates allow-0rtt no-ca-names"),
            (0, "force-sslv3 force-tlsv10 force-tlsv11 force-tlsv12 force-tlsv13 no-sslv3 no-tlsv10 no-tlsv11 no-tlsv12 no-tlsv13"),
            (0, "no-tls-tickets tls-tickets strict-sni no-strict-sni prefer-client-ciphers quic-force-retry"),
            (1, "accept-netscaler-cip backlog guid-prefix id idle-ping label maxconn name nbconn nice process proto shards thread"),
            (1, "cc interface mss namespace tcp-md5sig tcp-ss tcp-ut mode uid gid user group level expose-fd severity-output"),
            (1, "crt crt-list ca-file ca-verify-file ca-ignore-err crt-ignore-err ca-sign-file ca-sign-pass crl-file alpn npn"),
            (1, "ciphers ciphersuites curves ecdhe sigalgs client-sigalgs ssl-min-ver ssl-max-ver tls-ticket-keys default-crt verify ktls ech"),
            (1, "quic-cc-algo quic-socket"));
    }
}
