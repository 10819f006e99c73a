using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Text;
using HaConfig.Validation;
using HaConfig.Validation.Rules.HAProxy;

namespace HaConfig.HAProxy
{
    public sealed partial class HAProxyConfig
    {
        /// <summary>
        /// Runs the rule catalogue: the syntax diagnostics plus every HAProxy rule (HA1xxx), with the options'
        /// target version, severity overrides and disabled rules applied. Never throws on any configuration. Messages
        /// never show a secret (see <see cref="ValidationOptions.ShowSecrets"/>).
        /// </summary>
        public IReadOnlyList<Diagnostic> Validate(ValidationOptions? options = null)
        {
            var context = new ValidationContext(options ?? ValidationOptions.Default);
            context.Secrets.Add(this);
            context.AddRange(SyntaxDiagnostics);
            if (Document.Lexer is HaConfig.Syntax.OpaqueLexer) return context.ToSortedList(); // not parsed (size limit, UTF-16): no rule can say anything true
            int threads = context.Options.ThreadsFor(Document.LineCount);
            RuleRunner.Run(HAProxyRules.All, this, context, c => new SourceLocation(c.Path, 1, 1, 1, 1), threads, _ => PrepareForConcurrentReads(threads));
            return context.ToSortedList();
        }
    }
}
