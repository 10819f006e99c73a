using System;

namespace HaConfig.Building
{
    /// <summary>
    /// Names the configuration keyword a builder method sets. The analyzers read it to fold a builder chain into the
    /// model and to map a diagnostic back to the C# argument that caused it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
    public sealed class ConfigKeywordAttribute : Attribute
    {
        /// <summary>Names <paramref name="keyword"/> (for example <c>timeout</c>, <c>server</c>, <c>virtual_router_id</c>).</summary>
        public ConfigKeywordAttribute(string keyword)
        {
            Keyword = keyword ?? throw new ArgumentNullException(nameof(keyword));
        }

        /// <summary>The keyword as written in the file.</summary>
        public string Keyword { get; }

        /// <summary>The file format the keyword belongs to; <see cref="ConfigFormat.Unknown"/> when the declaring builder says.</summary>
        public ConfigFormat Format { get; set; }

        /// <summary>
        /// The section or block the keyword is written in (<c>backend</c>, <c>vrrp_instance</c>, <c>authentication</c>),
        /// or null when the declaring builder's own section or block.
        /// </summary>
        public string? Block { get; set; }
    }
}
