using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using HaConfig.HAProxy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HaConfig.Analyzers.Builders
{
    /// <summary>
    /// Folds an argument to a value when the compiler knows it: constants (literals, <c>const</c>, enum members, default
    /// parameter values) and a few pure factories applied to constants (<c>TimeSpan.FromSeconds(5)</c>,
    /// <c>HaDuration.FromSeconds(5)</c>, <c>IPAddress.Parse("10.0.0.1")</c>, <c>HaCondition.If("is_api")</c>, the implicit
    /// <c>int</c> to <c>PortRange</c> conversion, <c>params</c> arrays). Anything else is unknown.
    /// </summary>
    internal static class ConstantFolder
    {
        /// <summary>A folded condition: its words (<c>if</c>, terms...).</summary>
        public sealed class Condition
        {
            public Condition(IReadOnlyList<string> words) => Words = words;

            public IReadOnlyList<string> Words { get; }
        }

        public static bool TryFold(IOperation? operation, out object? value)
        {
            value = null;
            if (operation is null) return false;
            if (operation.ConstantValue.HasValue)
            {
                value = operation.ConstantValue.Value;
                return true;
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    if (!TryFold(conversion.Operand, out var operand)) return false;
                    if (conversion.Type?.Name == nameof(PortRange) && operand is int port)
                    {
                        value = port;
                        return true;
                    }

                    if (conversion.OperatorMethod is not null) return false;
                    value = operand;
                    return true;

                case IDefaultValueOperation defaultValue when defaultValue.Type is { IsReferenceType: true } or
                    INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }:
                    return true; // default(string), default(int?): null

                case IArrayCreationOperation array when array.Initializer is not null:
                    var items = new object?[array.Initializer.ElementValues.Length];
                    for (int i = 0; i < items.Length; i++)
                    {
                        if (!TryFold(array.Initializer.ElementValues[i], out items[i])) return false;
                    }

                    value = items;
                    return true;

                case IInvocationOperation invocation when invocation.TargetMethod.IsStatic:
                    return TryFoldFactory(invocation, out value);

                default:
                    return false;
            }
        }

        // The factories folded below, by the fully qualified name of their type (empty for any other type).
        private static string FactoryType(INamedTypeSymbol? type)
        {
            if (SymbolNames.IsSystemType(type, null, "TimeSpan")) return "System.TimeSpan";
            if (SymbolNames.IsSystemType(type, "Net", "IPAddress")) return "System.Net.IPAddress";
            if (SymbolNames.IsType(type, "HaConfig", "HAProxy", "HaDuration")) return "HaConfig.HAProxy.HaDuration";
            if (SymbolNames.IsType(type, "HaConfig", "HAProxy", "HaCondition")) return "HaConfig.HAProxy.HaCondition";
            return string.Empty;
        }

        private static bool TryFoldFactory(IInvocationOperation invocation, out object? value)
        {
            value = null;
            var method = invocation.TargetMethod;
            string type = FactoryType(method.ContainingType);
            var args = new object?[invocation.Arguments.Length];
            for (int i = 0; i < args.Length; i++)
            {
                if (!TryFold(invocation.Arguments[i].Value, out args[i])) return false;
            }

            try
            {
                switch (type)
                {
                    case "System.TimeSpan" when args.Length == 1 && args[0] is not null && !(args[0] is object?[]):
                        double amount = Convert.ToDouble(args[0], CultureInfo.InvariantCulture);
                        value = method.Name switch
                        {
                            "FromMilliseconds" => TimeSpan.FromMilliseconds(amount),
                            "FromSeconds" => TimeSpan.FromSeconds(amount),
                            "FromMinutes" => TimeSpan.FromMinutes(amount),
                            "FromHours" => TimeSpan.FromHours(amount),
                            _ => null,
                        };
                        return value is not null;

                    case "HaConfig.HAProxy.HaDuration" when args.Length == 1 && args[0] is not null && !(args[0] is object?[]):
                        long count = Convert.ToInt64(args[0], CultureInfo.InvariantCulture);
                        value = method.Name switch
                        {
                            "FromMilliseconds" => HaDuration.FromMilliseconds(count),
                            "FromSeconds" => HaDuration.FromSeconds(count),
                            "FromMinutes" => HaDuration.FromMinutes(count),
                            _ => null,
                        };
                        return value is not null;

                    case "System.Net.IPAddress" when method.Name == "Parse" && args.Length == 1 && args[0] is string text:
                        if (!IPAddress.TryParse(text, out var address)) return false;
                        value = address;
                        return true;

                    case "HaConfig.HAProxy.HaCondition" when (method.Name is "If" or "Unless") && args.Length == 1 && args[0] is object?[] terms:
                        var words = new List<string> { method.Name == "If" ? "if" : "unless" };
                        foreach (var term in terms)
                        {
                            if (term is not string word) return false;
                            words.Add(word);
                        }

                        value = new Condition(words);
                        return true;

                    default:
                        return false;
                }
            }
            catch (ArgumentException)
            {
                return false; // an out-of-range factory argument: the code throws at run time, nothing to fold
            }
            catch (OverflowException)
            {
                return false;
            }
        }
    }
}
