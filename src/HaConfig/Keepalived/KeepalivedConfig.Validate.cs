using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Text;
using HaConfig.Validation;
using HaConfig.Validation.Rules.Keepalived;

namespace HaConfig.Keepalived
{
    public sealed partial class KeepalivedConfig
    {
        /// <summary>
        /// Runs the rule catalogue: the syntax diagnostics plus every keepalived rule (HA2xxx), with the options'
        /// target version, config-id, severity overrides and disabled rules applied. Never throws on any configuration.
        /// Messages never show a secret (see <see cref="ValidationOptions.ShowSecrets"/>).
        /// </summary>
        public IReadOnlyList<Diagnostic> Validate(ValidationOptions? options = null)
        {
            var context = new ValidationContext(options ?? ValidationOptions.Default);
            context.Secrets.Add(this);
            bool opaque = Document.Lexer is HaConfig.Syntax.OpaqueLexer;
            int threads = context.Options.ThreadsFor(Document.LineCount);

            // A file large enough for rules on several threads has its secret values collected on another thread while
            // this one builds the block tree (SyntaxDiagnostics), instead of by the first rule that reports, all threads
            // then waiting for it.
            var collecting = threads > 1 && !opaque && !context.Options.ShowSecrets ? context.Secrets.CollectInBackground() : null;
            context.AddRange(SyntaxDiagnostics);
            if (opaque) return context.ToSortedList(); // not parsed (size limit, UTF-16): no rule can say anything true
            RuleRunner.Run(KeepalivedRules.All, this, context, c => new SourceLocation(c.Path, 1, 1, 1, 1), threads, PrepareForConcurrentRules);
            try
            {
                collecting?.Wait();
            }
            catch (System.AggregateException)
            {
                // Collecting reads only the documents and fails the same way each time: a report that needs the values
                // collects them again (they stay pending) and meets the failure there, as before this ran in advance.
            }

            return context.ToSortedList();
        }

        /// <summary>Makes the view the rules share (expanded or not) and builds every lazily made part of the models it reads.</summary>
        private void PrepareForConcurrentRules(ValidationContext context)
        {
            var view = KeepalivedView.Of(this, context);
            PrepareForConcurrentReads();
            if (!view.IsIdentity) view.Config.PrepareForConcurrentReads();
        }
    }
}
