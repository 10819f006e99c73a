using BenchmarkDotNet.Running;

namespace HaConfig.Benchmarks
{
    internal static class Program
    {
        // dotnet run -c Release --project benchmarks/HaConfig.Benchmarks -- --filter '*'
        // dotnet run -c Release --project benchmarks/HaConfig.Benchmarks -- generate haproxy 360000 out.cfg
        private static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "generate") return GenerateCommand.Run(args);
            if (args.Length > 1 && args[0] == "measure" && args[1] == "rules") return MeasureCommand.Rules(args[1..]);
            if (args.Length > 1 && args[0] == "measure" && args[1] == "analyzers") return AnalyzerMeasureCommand.Run(args);
            if (args.Length > 0 && args[0] == "measure") return MeasureCommand.Run(args);
            if (args.Length > 0 && args[0] == "allocations") return AllocationsCommand.Run(args);
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
