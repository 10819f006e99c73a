using System;
using System.IO;

namespace HaConfig.Benchmarks
{
    /// <summary><c>generate haproxy|keepalived LINES FILE</c>: writes a generated configuration for whole-process timings.</summary>
    internal static class GenerateCommand
    {
        public static int Run(string[] args)
        {
            if (args.Length != 4 || !int.TryParse(args[2], out int lines) || lines <= 0)
            {
                Console.Error.WriteLine("usage: generate haproxy|keepalived LINES FILE");
                return 2;
            }

            string text = args[1] switch
            {
                "haproxy" => ConfigGenerator.HAProxy(lines),
                "keepalived" => ConfigGenerator.Keepalived(lines),
                _ => string.Empty,
            };
            if (text.Length == 0)
            {
                Console.Error.WriteLine($"unknown format '{args[1]}'");
                return 2;
            }

            File.WriteAllText(args[3], text);
            return 0;
        }
    }
}
