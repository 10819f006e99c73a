using System;
using System.Collections.Generic;
using HaConfig.HAProxy.Syntax;
using HaConfig.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// A directive made of fixed leading words followed by keyword parameters (<c>server</c>, <c>bind</c>): reads,
    /// sets and removes parameters, touching only their words.
    /// </summary>
    public abstract class ParameterizedDirective : HAProxyDirective
    {
        private protected ParameterizedDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>The table of parameter keywords and their value counts.</summary>
        private protected abstract OptionTable Table { get; }

        /// <summary>The word index where parameters start.</summary>
        private protected abstract int ParametersStart { get; }

        private VersionedValue<ScannedParameters> _parameters;

        /// <summary>
        /// The parameters (keyword word index, number of value words), scanned once per version of the
        /// document: the rules ask a server line for several parameters, and each question used to scan the line again.
        /// </summary>
        internal ScannedParameters Parameters
        {
            get
            {
                int version = Line.DocumentVersion;
                if (_parameters.TryGet(version, out var cached)) return cached;
                var parameters = Table.ScanParameters(Line, ParametersStart);
                return _parameters.Set(version, parameters);
            }
        }

        /// <inheritdoc />
        internal override void PrepareForConcurrentReads() => _ = Parameters;

        /// <summary>The word index of the last occurrence of parameter <paramref name="name"/>, or -1.</summary>
        private int FindLastParameter(string name, out int valueCount) => Parameters.FindLast(Line.Words, name, out valueCount);

        /// <summary>The word index where the parameters start (for the validation rules).</summary>
        internal int FirstParameterIndex => ParametersStart;

        /// <summary>The parameter keywords present, in order (a keyword repeated appears twice).</summary>
        public IReadOnlyList<string> OptionNames
        {
            get
            {
                var names = new List<string>();
                foreach (var (index, _) in Parameters) names.Add(Line.GetValue(index));
                return names;
            }
        }

        /// <summary>Whether parameter <paramref name="name"/> is present.</summary>
        public bool HasOption(string name) => FindLastParameter(name, out _) >= 0;

        /// <summary>
        /// The value of parameter <paramref name="name"/> (the last occurrence wins, as in HAProxy); an empty string for
        /// a flag that is present; null when absent.
        /// </summary>
        public string? GetOption(string name)
        {
            int index = FindLastParameter(name, out int count);
            if (index < 0) return null;
            return count == 0 ? string.Empty : Line.GetValue(index + 1);
        }

        /// <summary>
        /// Sets parameter <paramref name="name"/>. When present, only its value word is rewritten; otherwise
        /// <c>name value</c> (or just <c>name</c> for a flag, <paramref name="value"/> null) is appended after the last word.
        /// </summary>
        /// <exception cref="InvalidOperationException">The line lacks its leading words (a peers <c>server name</c> without address).</exception>
        public void SetOption(string name, string? value = null)
        {
            if (name is null) throw new ArgumentNullException(nameof(name));
            int index = FindLastParameter(name, out int count);
            if (index >= 0)
            {
                if (value is null) return;
                if (count >= 1) Line.SetValue(index + 1, value);
                else Line.InsertValues(index + 1, value);
                return;
            }

            if (Line.TokenCount < ParametersStart)
            {
                // e.g. a peers "server B" without address: an appended word would be read as the address.
                throw new InvalidOperationException($"'{Line.Text.Trim()}' has no address; a parameter appended here would be read as one.");
            }

            if (value is null) Line.InsertValues(Line.TokenCount, name);
            else Line.InsertValues(Line.TokenCount, name, value);
        }

        /// <summary>Removes every occurrence of parameter <paramref name="name"/> with its values; false when absent.</summary>
        public bool RemoveOption(string name)
        {
            bool removed = false;
            while (true)
            {
                int index = FindLastParameter(name, out int count);
                if (index < 0) return removed;
                Line.RemoveValues(index, count + 1);
                removed = true;
            }
        }

        /// <summary>Sets a flag parameter when <paramref name="on"/>, removes it otherwise.</summary>
        private protected void SetFlag(string name, bool on)
        {
            if (on)
            {
                if (!HasOption(name)) SetOption(name);
            }
            else
            {
                RemoveOption(name);
            }
        }

        /// <summary>The value of parameter <paramref name="name"/> as an integer, or null when absent or not a number.</summary>
        private protected int? GetInt(string name) =>
            int.TryParse(GetOption(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : null;

        /// <summary>The value of parameter <paramref name="name"/> as a time, or null when absent or invalid.</summary>
        private protected HaDuration? GetDuration(string name) => HaDuration.TryParse(GetOption(name), out var value) ? value : null;
    }
}
