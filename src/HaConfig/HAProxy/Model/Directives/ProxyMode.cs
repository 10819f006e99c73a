namespace HaConfig.HAProxy
{
    /// <summary>The value of <c>mode</c>.</summary>
    public enum ProxyMode
    {
        /// <summary>Anything else (invalid, removed like <c>health</c>, or newer than this library).</summary>
        Unknown,

        /// <summary><c>tcp</c>, the default.</summary>
        Tcp,

        /// <summary><c>http</c>.</summary>
        Http,

        /// <summary><c>log</c> (2.9+).</summary>
        Log,

        /// <summary><c>spop</c> (3.1+).</summary>
        Spop,
    }
}
