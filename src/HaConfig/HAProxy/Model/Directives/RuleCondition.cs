using System;
using System.Collections.Generic;
using System.Linq;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// A condition <c>if|unless term term … [or|'||' term …]</c>: terms in a group are ANDed, groups are ORed.
    /// Built from the words of a line when read; it holds no text of its own.
    /// </summary>
    public sealed class RuleCondition
    {
        private RuleCondition(bool unless, IReadOnlyList<IReadOnlyList<AclTerm>> alternatives, IReadOnlyList<string> words)
        {
            IsUnless = unless;
            Alternatives = alternatives;
            Words = words;
        }

        /// <summary>Whether the condition is <c>unless</c> (otherwise <c>if</c>).</summary>
        public bool IsUnless { get; }

        /// <summary>The OR-ed groups of AND-ed terms.</summary>
        public IReadOnlyList<IReadOnlyList<AclTerm>> Alternatives { get; }

        /// <summary>Every term, in order.</summary>
        public IEnumerable<AclTerm> Terms => Alternatives.SelectMany(group => group);

        /// <summary>The names of the named ACLs referenced, each once, in order of first use.</summary>
        public IReadOnlyList<string> AclNames
        {
            get
            {
                // Loops rather than LINQ: the ACL rule reads this for every rule line of a large frontend.
                var names = new List<string>();
                foreach (var group in Alternatives)
                {
                    foreach (var term in group)
                    {
                        if (term.Name is { } name && !names.Contains(name)) names.Add(name);
                    }
                }

                return names;
            }
        }

        /// <summary>The words of the condition after <c>if</c>/<c>unless</c>.</summary>
        public IReadOnlyList<string> Words { get; }

        /// <summary>The index of the first <c>if</c>/<c>unless</c> word at or after <paramref name="start"/>, or -1.</summary>
        internal static int FindStart(HAProxyLine line, int start) =>
            // The rules look for a condition on every line of every proxy, and most have none: the words' lengths rule
            // nearly all of them out without reading their text.
            line.Words.IndexOfEither(start, "if", "unless");

        /// <summary>Reads the condition starting at word <paramref name="at"/> (the <c>if</c>/<c>unless</c> word).</summary>
        internal static RuleCondition Read(HAProxyLine line, int at)
        {
            var words = new List<string>();
            for (int i = at + 1; i < line.TokenCount; i++) words.Add(line.GetValue(i));
            return Parse(line.ValueEquals(at, "unless"), words);
        }

        /// <summary>
        /// Adds to <paramref name="names"/> the named ACLs of the condition starting at word <paramref name="at"/>, each
        /// once, in order of first use: <c>Read(line, at).AclNames</c> without building the condition's words and terms
        /// (the ACL rule reads the condition of every rule line). Walks the words exactly as <see cref="Parse"/> does.
        /// </summary>
        internal static void ReadAclNames(HAProxyLine line, int at, List<string> names)
        {
            var words = line.Words;
            int count = words.Count;
            int i = at + 1;
            while (i < count)
            {
                var word = words[i];
                if (word.SequenceEqual("or".AsSpan()) || word.SequenceEqual("||".AsSpan()))
                {
                    i++;
                    continue;
                }

                while (word.Length > 0 && word[0] == '!') word = word.Slice(1);
                if (word.Length == 0 && i + 1 < count)
                {
                    // "! acl" with a blank between the bang and the name.
                    i++;
                    word = words[i];
                }

                if (word.SequenceEqual("{".AsSpan()))
                {
                    // An anonymous ACL: no name, up to the closing brace.
                    i++;
                    while (i < count && !words[i].SequenceEqual("}".AsSpan())) i++;
                    i++;
                    continue;
                }

                string name = word.ToString();
                if (!names.Contains(name)) names.Add(name);
                i++;
            }
        }

        /// <summary>Parses the words after <c>if</c>/<c>unless</c>.</summary>
        public static RuleCondition Parse(bool unless, IReadOnlyList<string> words)
        {
            var alternatives = new List<IReadOnlyList<AclTerm>>();
            var group = new List<AclTerm>();
            int i = 0;
            while (i < words.Count)
            {
                string word = words[i];
                if (word == "or" || word == "||")
                {
                    alternatives.Add(group);
                    group = new List<AclTerm>();
                    i++;
                    continue;
                }

                bool negated = false;
                while (word.StartsWith("!", System.StringComparison.Ordinal))
                {
                    negated = !negated;
                    word = word.Substring(1);
                }

                if (word.Length == 0 && i + 1 < words.Count)
                {
                    // "! acl" with a blank between the bang and the name.
                    i++;
                    word = words[i];
                }

                if (word == "{")
                {
                    var expression = new List<string>();
                    i++;
                    while (i < words.Count && words[i] != "}") expression.Add(words[i++]);
                    group.Add(new AclTerm(null, negated, expression));
                    i++;
                    continue;
                }

                group.Add(new AclTerm(word, negated, null));
                i++;
            }

            alternatives.Add(group);
            return new RuleCondition(unless, alternatives, words);
        }

        /// <inheritdoc />
        public override string ToString() => (IsUnless ? "unless " : "if ") + string.Join(" ", Words);
    }
}
