using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using HaConfig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using HaDiagnostic = HaConfig.Diagnostics.Diagnostic;

namespace HaConfig.Analyzers
{
    /// <summary>
    /// Lints the HAProxy and keepalived configuration files of a project at build time: additional files named
    /// <c>haproxy*.cfg</c> or <c>keepalived*.conf</c>, or carrying the item metadata <c>HaConfigKind</c>. Every rule comes
    /// from <see cref="HaConfig.Validation.RuleCatalogue"/> through <see cref="ConfigLinter"/>; diagnostics are located in
    /// the file. The analyzer never throws: a failure becomes one HA9999 diagnostic on the file.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigFileAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Files kept by content across compilations (a compiler server or IDE reuses analyzer instances).</summary>
        private const int SharedCacheCapacity = 256;

        private static readonly LintCache SharedCache = new(SharedCacheCapacity);

        private readonly Func<string, string, ConfigFormat, IReadOnlyList<HaDiagnostic>> _lint;
        private readonly LintCache _cache;

        /// <summary>Creates the analyzer over <see cref="ConfigLinter.Lint"/>.</summary>
        public ConfigFileAnalyzer()
            : this((text, path, format) => ConfigLinter.Lint(text, path, format), SharedCache)
        {
        }

        /// <summary>The analyzer over <see cref="ConfigLinter.Lint"/> with an empty cache of its own, as a new compiler process has.</summary>
        internal static ConfigFileAnalyzer WithOwnCache() =>
            new((text, path, format) => ConfigLinter.Lint(text, path, format), new LintCache(SharedCacheCapacity));

        /// <summary>Creates the analyzer over another linter (tests inject failures this way) with its own cache.</summary>
        internal ConfigFileAnalyzer(Func<string, string, ConfigFormat, IReadOnlyList<HaDiagnostic>> lint, LintCache cache)
        {
            _lint = lint;
            _cache = cache;
        }

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RoslynDescriptors.All;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterAdditionalFileAction(AnalyzeFile);
        }

        private void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            string path = context.AdditionalFile.Path ?? string.Empty;
            SourceText? text = null;
            try
            {
                context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile)
                    .TryGetValue(ConfigFileKind.MetadataKey, out string? metadata);
                var format = ConfigFileKind.Classify(path, metadata);
                if (format == ConfigFormat.Unknown) return;

                text = context.AdditionalFile.GetText(context.CancellationToken);
                if (text is null) return; // the file could not be read; the compiler reports that itself

                var lintText = text;
                var diagnostics = _cache.GetOrAdd(path, format, text, () => _lint(lintText.ToString(), path, format));
                foreach (var diagnostic in diagnostics)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    context.ReportDiagnostic(Diagnostic.Create(
                        RoslynDescriptors.For(diagnostic.Descriptor),
                        FileLocations.Of(diagnostic, path, text),
                        diagnostic.Message));
                }
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw; // cancellation is how the host stops analysis, not a failure
            }
            catch (Exception exception)
            {
                ReportFailure(context, path, text, exception);
            }
        }

        private static void ReportFailure(AdditionalFileAnalysisContext context, string path, SourceText? text, Exception exception)
        {
            try
            {
                var location = text is null ? Location.Create(path, default, default) : FileLocations.StartOf(path, text);
                string reason = string.Format(CultureInfo.InvariantCulture, "{0}: {1}", exception.GetType().Name, OneLine(exception.Message));
                context.ReportDiagnostic(Diagnostic.Create(
                    RoslynDescriptors.AnalyzerFailure, location, RoslynFormat(RuleAnalyzerFailureMessage, reason)));
            }
#pragma warning disable CA1031 // Catch a more specific exception: nothing may escape into the compiler (it would be AD0001).
            catch (Exception)
#pragma warning restore CA1031
            {
                // Reporting itself failed (for example a host that rejects the location); stay silent rather than crash.
            }
        }

        private static string RuleAnalyzerFailureMessage => HaConfig.Validation.RuleCatalogue.AnalyzerFailure.MessageFormat;

        private static string RoslynFormat(string format, string argument) =>
            string.Format(CultureInfo.InvariantCulture, format, argument);

        private static string OneLine(string message) =>
            message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
    }
}
