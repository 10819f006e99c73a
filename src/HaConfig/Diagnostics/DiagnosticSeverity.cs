namespace HaConfig.Diagnostics
{
    /// <summary>How serious a diagnostic is.</summary>
    public enum DiagnosticSeverity
    {
        /// <summary>Worth knowing; nothing breaks.</summary>
        Info = 0,

        /// <summary>Probably a mistake, or something the daemon silently does differently from what was written.</summary>
        Warning = 1,

        /// <summary>The daemon refuses the configuration, or the configuration cannot work.</summary>
        Error = 2,
    }
}
