using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HaConfig.Analyzers.Builders
{
    /// <summary>A builder chain folded into a configuration model.</summary>
    internal sealed class FoldedChain
    {
        public FoldedChain(ConfigFormat format, ModelBlock root, bool opaque)
        {
            Format = format;
            Root = root;
            Opaque = opaque;
        }

        public ConfigFormat Format { get; }

        public ModelBlock Root { get; }

        /// <summary>True when part of the chain could not be modelled (a method group, a loop, an unknown call).</summary>
        public bool Opaque { get; }

        /// <summary>True when every line of the model is certain.</summary>
        public bool Certain => !Opaque && AllCertain(Root);

        private static bool AllCertain(ModelBlock block)
        {
            foreach (var line in block.Lines)
            {
                if (!line.Certain || (line.Child is not null && !AllCertain(line.Child))) return false;
            }

            return true;
        }
    }

    /// <summary>
    /// Reads a fluent builder chain rooted at <c>HAProxyConfig.Create()</c> or <c>KeepalivedConfig.Create()</c>, including
    /// the lambdas that configure nested builders, into a <see cref="ModelBlock"/>: one line per builder method carrying
    /// <c>[ConfigKeyword]</c>, its words rendered the way the builder renders them, each word linked to its argument.
    /// </summary>
    internal static class ChainReader
    {
        /// <summary>The attribute that marks builder methods, by metadata name.</summary>
        public const string AttributeName = "HaConfig.Building.ConfigKeywordAttribute";

        // Methods whose output is "keyword, then each argument in order" (optional arguments left at null omitted).
        private static readonly HashSet<string> HAProxyPlain = new(StringComparer.Ordinal)
        {
            "Retries", "MaxConn", "Daemon", "User", "Group", "Chroot", "NbThread", "Acl", "DefaultBackend", "Option",
            "SslServerVerify", "Mode", "Balance", "Timeout", "Inter", "FastInter", "DownInter", "Fall", "Rise", "Weight",
            "Backup", "Verify", "CaFile", "Sni", "SendProxy", "AcceptProxy", "Check",
        };

        private static readonly HashSet<string> KeepalivedPlain = new(StringComparer.Ordinal)
        {
            "State", "Interface", "VirtualRouterId", "Priority", "AdvertInt", "Version", "NoPreempt", "PreemptDelay",
            "UnicastSourceIp", "NotifyMaster", "NotifyBackup", "NotifyFault", "NotifyStop", "Notify", "RouterId",
            "NotificationEmailFrom", "SmtpConnectTimeout", "EnableScriptSecurity", "ScriptUser", "VrrpStrict",
            "VrrpSkipCheckAdvAddr", "VrrpVersion", "VrrpGarpInterval", "Script", "Interval", "Timeout", "Weight", "Rise",
            "Fall", "User", "InitFail",
        };

        /// <summary>The receiver of a call in a chain: the instance, or the first argument of an extension method.</summary>
        public static IOperation? Receiver(IInvocationOperation invocation)
        {
            var receiver = invocation.Instance;
            if (receiver is null && invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0)
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Ordinal == 0)
                    {
                        receiver = argument.Value;
                        break;
                    }
                }
            }

            while (receiver is IConversionOperation { IsImplicit: true } conversion) receiver = conversion.Operand;
            return receiver;
        }

        /// <summary>True when <paramref name="invocation"/> is a receiver of a further call (so not the outermost).</summary>
        public static bool ContinuesChain(IInvocationOperation invocation) => NextInChain(invocation) is not null;

        /// <summary>The call made on the result of <paramref name="invocation"/> (as instance or extension receiver), or null.</summary>
        public static IInvocationOperation? NextInChain(IInvocationOperation invocation)
        {
            IOperation current = invocation;
            var parent = current.Parent;
            while (parent is IConversionOperation { IsImplicit: true })
            {
                current = parent;
                parent = parent.Parent;
            }

            if (parent is IInvocationOperation outer && outer.Instance == current) return outer;
            return parent is IArgumentOperation { Parameter.Ordinal: 0 } argument && argument.Parent is IInvocationOperation ext &&
                ext.TargetMethod.IsExtensionMethod
                ? ext
                : null;
        }

        /// <summary>The outermost call of the chain <paramref name="invocation"/> belongs to (itself when nothing continues it).</summary>
        public static IInvocationOperation Outermost(IInvocationOperation invocation)
        {
            while (NextInChain(invocation) is { } next) invocation = next;
            return invocation;
        }

        /// <summary>The format when <paramref name="method"/> is <c>HAProxyConfig.Create()</c> or <c>KeepalivedConfig.Create()</c>.</summary>
        public static ConfigFormat RootFormat(IMethodSymbol method)
        {
            if (method.Name != "Create" || !method.IsStatic || method.Parameters.Length != 0) return ConfigFormat.Unknown;
            var type = method.ContainingType;
            if (SymbolNames.IsType(type, "HaConfig", "HAProxy", "HAProxyConfig")) return ConfigFormat.HAProxy;
            if (SymbolNames.IsType(type, "HaConfig", "Keepalived", "KeepalivedConfig")) return ConfigFormat.Keepalived;
            return ConfigFormat.Unknown;
        }

        /// <summary>
        /// Folds the chain that ends at <paramref name="outermost"/>; null when it is not rooted at a <c>Create()</c> call.
        /// </summary>
        public static FoldedChain? Read(IInvocationOperation outermost, BuilderKeywords keywords)
        {
            var calls = Unwind(outermost, out var root);
            if (root is not null || calls.Count == 0) return null;
            var format = RootFormat(calls[calls.Count - 1].TargetMethod);
            if (format == ConfigFormat.Unknown) return null;

            var reader = new Reader(format, keywords);
            var model = new ModelBlock();
            for (int i = calls.Count - 2; i >= 0; i--)
            {
                var call = calls[i];
                if (call.TargetMethod.Name == "Build" && i == 0) break;
                reader.Apply(call, model);
            }

            return new FoldedChain(format, model, reader.Opaque);
        }

        // The calls from the outermost inward, and what the innermost call was made on (null for a static call).
        private static List<IInvocationOperation> Unwind(IInvocationOperation outermost, out IOperation? root)
        {
            var calls = new List<IInvocationOperation>();
            IOperation? current = outermost;
            while (current is IInvocationOperation invocation)
            {
                calls.Add(invocation);
                current = Receiver(invocation);
            }

            root = current;
            return calls;
        }

        private sealed class Reader
        {
            private readonly ConfigFormat _format;
            private readonly BuilderKeywords _keywords;
            private int _placeholders;

            public Reader(ConfigFormat format, BuilderKeywords keywords)
            {
                _format = format;
                _keywords = keywords;
            }

            public bool Opaque { get; private set; }

            public void Apply(IInvocationOperation call, ModelBlock block)
            {
                var method = call.TargetMethod;
                string? keyword = _keywords.Of(method);
                string name = method.Name;
                var syntax = call.Syntax;
                if ((name == "Directive" && Arguments(call).Count == 2 && Arg(call, "keyword") is { } kw && Arg(call, "arguments") is { } rest) ||
                    (name == "Parameter" && (kw = Arg(call, "name")) is not null && (rest = Arg(call, "value")) is not null))
                {
                    var line = new ModelLine(syntax, name);
                    AddWord(line, kw);
                    AddWords(line, rest);
                    block.Lines.Add(line);
                    return;
                }

                if (keyword is null)
                {
                    Opaque = true; // Section(...), Block(...), Directive(..., configure), or a helper: not modelled
                    return;
                }

                if (IsSection(method))
                {
                    var header = new ModelLine(syntax, name);
                    header.Add(keyword);
                    foreach (var argument in Arguments(call))
                    {
                        if (argument.Parameter?.Name == "configure") continue;
                        AddWord(header, argument);
                    }

                    header.Child = new ModelBlock();
                    block.Lines.Add(header);
                    ApplyLambda(Arg(call, "configure"), header.Child, header);
                    return;
                }

                if (_format == ConfigFormat.HAProxy) ApplyHAProxy(call, keyword, block);
                else ApplyKeepalived(call, keyword, block);
            }

            private static bool IsSection(IMethodSymbol method)
            {
                string type = method.ContainingType?.Name ?? string.Empty;
                return (type == "HAProxyBuilder" && method.Name is "Global" or "Defaults" or "Frontend" or "Backend" or "Listen") ||
                    (type == "KeepalivedBuilder" && method.Name is "GlobalDefs" or "VrrpScript" or "VrrpInstance" or "VrrpSyncGroup" or "VirtualServer");
            }

            private void ApplyHAProxy(IInvocationOperation call, string keyword, ModelBlock block)
            {
                var line = new ModelLine(call.Syntax, call.TargetMethod.Name);
                switch (call.TargetMethod.Name)
                {
                    case "Log" when call.TargetMethod.ContainingType?.Name == "GlobalBuilder":
                        line.Add("log");
                        AddWord(line, Arg(call, "target"));
                        if (HasValue(call, "format")) { line.Add("format"); AddWord(line, Arg(call, "format")); }
                        AddWord(line, Arg(call, "facility"));
                        if (HasValue(call, "level")) AddWord(line, Arg(call, "level"));
                        break;
                    case "LogGlobal":
                        line.Add("log");
                        line.Add("global");
                        break;
                    case "NoOption":
                        line.Add("no");
                        line.Add("option");
                        AddWord(line, Arg(call, "name"));
                        break;
                    case "StatsSocket":
                        line.Add("stats");
                        line.Add("socket");
                        AddWord(line, Arg(call, "path"));
                        AddWords(line, Arg(call, "parameters"));
                        break;
                    case "OptionHttpChk":
                        line.Add("option");
                        line.Add("httpchk");
                        if (Arg(call, "method") is { } verb) { AddWord(line, verb); AddWord(line, Arg(call, "uri")); }
                        break;
                    case "HttpCheckExpectStatus":
                        line.Add("http-check");
                        line.Add("expect");
                        line.Add("status");
                        AddWord(line, Arg(call, "status"));
                        break;
                    case "HttpRequest":
                    case "HttpResponse":
                        line.Add(keyword);
                        AddWord(line, Arg(call, "action"));
                        AddWords(line, Arg(call, "arguments"));
                        if (Arg(call, "condition") is { } condition) AddWord(line, condition);
                        break;
                    case "UseBackend":
                        line.Add(keyword);
                        AddWord(line, Arg(call, "backend"));
                        AddWord(line, Arg(call, "condition"));
                        break;
                    case "Server":
                    case "DefaultServer":
                        line.Add(keyword);
                        if (Arg(call, "name") is { } serverName) AddWord(line, serverName);
                        if (Arg(call, "port") is { } serverPort) AddAddress(line, Arg(call, "address"), serverPort, server: true);
                        else if (Arg(call, "address") is { } serverAddress) AddWord(line, serverAddress);
                        ApplyParameters(Arg(call, "configure"), line);
                        break;
                    case "Bind":
                        line.Add(keyword);
                        if (Arg(call, "ports") is { } ports) AddAddress(line, Arg(call, "address"), ports, server: false);
                        else AddWord(line, Arg(call, "address"));
                        ApplyParameters(Arg(call, "configure"), line);
                        break;
                    default:
                        if (!HAProxyPlain.Contains(call.TargetMethod.Name)) line.Certain = false; // output only approximated
                        line.Add(keyword);
                        foreach (var argument in Arguments(call)) AddWord(line, argument);
                        break;
                }

                block.Lines.Add(line);
            }

            private void ApplyKeepalived(IInvocationOperation call, string keyword, ModelBlock block)
            {
                var syntax = call.Syntax;
                string name = call.TargetMethod.Name;
                switch (name)
                {
                    case "Authentication":
                        var header = new ModelLine(syntax, name);
                        header.Add("authentication");
                        header.Child = new ModelBlock();
                        var type = new ModelLine(syntax, name);
                        type.Add("auth_type");
                        AddWord(type, Arg(call, "type"));
                        var pass = new ModelLine(syntax, name);
                        pass.Add("auth_pass");
                        AddWord(pass, Arg(call, "password"));
                        header.Child.Lines.Add(type);
                        header.Child.Lines.Add(pass);
                        block.Lines.Add(header);
                        return;
                    case "VirtualIpAddress":
                        var vip = new ModelLine(syntax, name);
                        var address = Arg(call, "address");
                        if (Fold(address, out var ip) && ip is IPAddress parsed && Fold(Arg(call, "prefixLength"), out var prefix))
                        {
                            vip.Add(prefix is int length ? parsed + "/" + length.ToString(CultureInfo.InvariantCulture) : parsed.ToString(), address?.Syntax);
                        }
                        else
                        {
                            vip.Add("192.0.2." + (++_placeholders % 250 + 1).ToString(CultureInfo.InvariantCulture), address?.Syntax, certain: false);
                        }

                        if (HasValue(call, "device")) { vip.Add("dev"); AddWord(vip, Arg(call, "device")); }
                        if (HasValue(call, "label")) { vip.Add("label"); AddWord(vip, Arg(call, "label")); }
                        block.List("virtual_ipaddress", syntax, name).Lines.Add(vip);
                        return;
                    case "TrackScript":
                    case "TrackInterface":
                        var tracked = new ModelLine(syntax, name);
                        AddWord(tracked, Arg(call, "name"));
                        if (HasValue(call, "weight")) { tracked.Add("weight"); AddWord(tracked, Arg(call, "weight")); }
                        if (Arg(call, "reverse") is { } reverse)
                        {
                            if (!Fold(reverse, out var flag)) tracked.Certain = false;
                            else if (flag is true) tracked.Add("reverse", reverse.Syntax);
                        }

                        block.List(keyword, syntax, name).Lines.Add(tracked);
                        return;
                    case "Group":
                    case "UnicastPeer":
                        var list = block.List(keyword, syntax, name);
                        var items = Arg(call, name == "Group" ? "instances" : "peers");
                        foreach (var item in Elements(items))
                        {
                            var entry = new ModelLine(syntax, name);
                            AddWord(entry, item);
                            list.Lines.Add(entry);
                        }

                        return;
                    default:
                        var line = new ModelLine(syntax, name);
                        if (!KeepalivedPlain.Contains(name)) line.Certain = false;
                        line.Add(keyword);
                        foreach (var argument in Arguments(call)) AddWord(line, argument);
                        block.Lines.Add(line);
                        return;
                }
            }

            // A lambda configuring a nested section or block: each statement must be a chain on the lambda's parameter.
            private void ApplyLambda(IOperation? configure, ModelBlock block, ModelLine owner)
            {
                if (!(Unwrap(configure) is IAnonymousFunctionOperation lambda) || lambda.Symbol.Parameters.Length != 1)
                {
                    Opaque = true;
                    return;
                }

                var parameter = lambda.Symbol.Parameters[0];
                foreach (var statement in lambda.Body.Operations)
                {
                    if (statement is IReturnOperation { ReturnedValue: null, IsImplicit: true }) continue;
                    var expression = statement switch
                    {
                        IExpressionStatementOperation e => e.Operation,
                        IReturnOperation r => r.ReturnedValue,
                        _ => null,
                    };
                    if (!(expression is IInvocationOperation outer))
                    {
                        Opaque = true;
                        continue;
                    }

                    var calls = Unwind(outer, out var root);
                    if (!(root is IParameterReferenceOperation reference) || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
                    {
                        Opaque = true;
                        continue;
                    }

                    for (int i = calls.Count - 1; i >= 0; i--) Apply(calls[i], block);
                }

                _ = owner;
            }

            // The lambda of Server(...)/Bind(...): its calls append parameters to the owner's line.
            private void ApplyParameters(IOperation? configure, ModelLine line)
            {
                if (configure is null || configure.ConstantValue is { HasValue: true, Value: null } || IsDefaultNull(configure)) return;
                var block = new ModelBlock();
                ApplyLambda(configure, block, line);
                foreach (var parameter in block.Lines)
                {
                    // "check" and friends are written after the address; the keyword word of a parameter is its name.
                    foreach (var word in RenameParameter(parameter)) line.Words.Add(word);
                    if (!parameter.Certain) line.Certain = false;
                }
            }

            private static IEnumerable<ModelWord> RenameParameter(ModelLine parameter)
            {
                switch (parameter.Method)
                {
                    case "CheckPort":
                        yield return new ModelWord("port", null, true);
                        foreach (var word in parameter.Words.Skip(1)) yield return word;
                        break;
                    case "Ssl" when parameter.Words.Count == 2:
                        yield return new ModelWord("ssl", null, true);
                        yield return new ModelWord("crt", null, true);
                        yield return parameter.Words[1];
                        break;
                    default:
                        foreach (var word in parameter.Words) yield return word;
                        break;
                }
            }

            private static bool IsDefaultNull(IOperation operation) =>
                Unwrap(operation) is IDefaultValueOperation or ILiteralOperation { ConstantValue.Value: null };

            private static IOperation? Unwrap(IOperation? operation)
            {
                while (true)
                {
                    switch (operation)
                    {
                        case IConversionOperation conversion:
                            operation = conversion.Operand;
                            break;
                        case IDelegateCreationOperation creation:
                            operation = creation.Target;
                            break;
                        default:
                            return operation;
                    }
                }
            }

            private void AddAddress(ModelLine line, IOperation? address, IOperation port, bool server)
            {
                bool known = Fold(port, out var portValue) && portValue is int number;
                IPAddress? ip = null;
                bool ipKnown = address is null || IsDefaultNull(address) || (Fold(address, out var folded) && (ip = folded as IPAddress) is not null);
                string? text = null;
                if (known && ipKnown)
                {
                    int value = (int)portValue!;
                    text = server
                        ? (ip is null ? string.Empty : ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "[" + ip + "]" : ip.ToString()) + ":" + value.ToString(CultureInfo.InvariantCulture)
                        : AddressOrNull(ip, value);
                }

                if (text is not null)
                {
                    line.Add(text, address?.Syntax ?? port.Syntax);
                }
                else
                {
                    line.Add("192.0.2.1:1", (address ?? port).Syntax, certain: false);
                }
            }

            private void AddWords(ModelLine line, IOperation? values)
            {
                foreach (var item in Elements(values)) AddWord(line, item);
            }

            private IEnumerable<IOperation> Elements(IOperation? values)
            {
                var unwrapped = values is IArgumentOperation a ? a.Value : values;
                if (unwrapped is IArrayCreationOperation { Initializer: { } initializer })
                {
                    foreach (var element in initializer.ElementValues) yield return element;
                }
                else if (unwrapped is not null && !IsDefaultNull(unwrapped))
                {
                    _ = ++_placeholders;
                    yield return unwrapped; // a non-literal array: rendered as one unknown word
                }
            }

            private void AddWord(ModelLine line, IOperation? operation)
            {
                var value = operation is IArgumentOperation argument ? argument.Value : operation;
                if (value is null) return;
                bool defaulted = operation is IArgumentOperation { ArgumentKind: ArgumentKind.DefaultValue };
                if (value is IArrayCreationOperation || (operation is IArgumentOperation { ArgumentKind: ArgumentKind.ParamArray }))
                {
                    AddWords(line, value);
                    return;
                }

                if (Unwrap(value) is IAnonymousFunctionOperation) return;
                if (!Fold(value, out var folded))
                {
                    line.Add(Placeholder(value.Type), value.Syntax, certain: false);
                    return;
                }

                if (folded is null) return; // an optional argument left out
                if (folded is bool flag)
                {
                    if (!defaulted && flag) line.Certain = false; // a flag the builder renders its own way
                    return;
                }

                if (folded is ConstantFolder.Condition condition)
                {
                    foreach (var word in condition.Words) line.Add(word, value.Syntax);
                    return;
                }

                string? text = RenderOrNull(folded, value.Type);
                if (text is null || text.Length == 0 || !IsPlainWord(text))
                {
                    line.Add(Placeholder(value.Type), value.Syntax, certain: false);
                    return;
                }

                line.Add(text, defaulted ? null : value.Syntax);
            }

            // The builders throw ArgumentException on values they reject (Bind(0), (SslVerify)42): the code fails at run
            // time, so there is nothing to fold; the word stays unknown instead of the analyzer failing (HA9999).
            private string? RenderOrNull(object value, ITypeSymbol? type)
            {
                try
                {
                    return Render(value, type);
                }
                catch (ArgumentException)
                {
                    return null;
                }
            }

            private static string? AddressOrNull(IPAddress? address, int port)
            {
                try
                {
                    return Values.Address(address, port);
                }
                catch (ArgumentException)
                {
                    return null;
                }
            }

            // A word the configuration reads as one: no space, comment or quote in it.
            private static bool IsPlainWord(string text)
            {
                foreach (char c in text)
                {
                    if (char.IsWhiteSpace(c) || c == '#' || c == '"' || c == '\'') return false;
                }

                return true;
            }

            private string? Render(object value, ITypeSymbol? type)
            {
                string typeName = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                    ? nullable.TypeArguments[0].Name
                    : type?.Name ?? string.Empty;
                switch (value)
                {
                    case string text:
                        return text;
                    case TimeSpan span:
                        return _format == ConfigFormat.HAProxy ? Values.Duration(span) : KeepalivedValues.Seconds(span);
                    case HaDuration duration:
                        return duration.ToString();
                    case IPAddress address:
                        return address.ToString();
                }

                if (type?.TypeKind == TypeKind.Enum || value is int && typeName is "ProxyMode" or "ProxyTimeout" or "BalanceAlgorithm" or "SslVerify" or "VrrpState" or "VrrpAuthType")
                {
                    int member = Convert.ToInt32(value, CultureInfo.InvariantCulture);
                    return typeName switch
                    {
                        "ProxyMode" => (ProxyMode)member switch { ProxyMode.Tcp => "tcp", ProxyMode.Http => "http", _ => null },
                        "ProxyTimeout" => Values.Text((ProxyTimeout)member),
                        "BalanceAlgorithm" => Values.Text((BalanceAlgorithm)member),
                        "SslVerify" => Values.Text((SslVerify)member),
                        "VrrpState" => KeepalivedValues.Text((VrrpState)member),
                        "VrrpAuthType" => KeepalivedValues.Text((VrrpAuthType)member),
                        _ => null,
                    };
                }

                return value switch
                {
                    int number => number.ToString(CultureInfo.InvariantCulture),
                    long number => number.ToString(CultureInfo.InvariantCulture),
                    _ => null,
                };
            }

            private string Placeholder(ITypeSymbol? type)
            {
                int n = ++_placeholders;
                return type?.SpecialType switch
                {
                    SpecialType.System_Int32 or SpecialType.System_Int64 => "1",
                    SpecialType.System_String => "haconfig_unknown_" + n.ToString(CultureInfo.InvariantCulture),
                    _ => type?.Name switch
                    {
                        "TimeSpan" or "HaDuration" => _format == ConfigFormat.HAProxy ? "5s" : "1",
                        "IPAddress" => "192.0.2." + (n % 250 + 1).ToString(CultureInfo.InvariantCulture),
                        _ => "haconfig_unknown_" + n.ToString(CultureInfo.InvariantCulture),
                    },
                };
            }

            private bool Fold(IOperation? operation, out object? value)
            {
                var target = operation is IArgumentOperation argument ? argument.Value : operation;
                if (target is null)
                {
                    value = null;
                    return true;
                }

                return ConstantFolder.TryFold(target, out value);
            }

            // An omitted `int? weight = null` is a default value with no constant (a nullable null is not one): it has no
            // value either, and the builder writes no keyword for it.
            private static bool HasValue(IInvocationOperation call, string parameter) =>
                Arg(call, parameter) is { } argument && !(argument.ConstantValue is { HasValue: true, Value: null }) && !IsDefaultNull(argument);

            private static IOperation? Arg(IInvocationOperation call, string parameter)
            {
                foreach (var argument in call.Arguments)
                {
                    if (argument.Parameter?.Name == parameter) return argument.Value;
                }

                return null;
            }

            // The arguments in parameter order, without the receiver of an extension method.
            private static List<IArgumentOperation> Arguments(IInvocationOperation call)
            {
                int skip = call.TargetMethod.IsExtensionMethod ? 1 : 0;
                var arguments = new List<IArgumentOperation>(call.Arguments.Length);
                foreach (var argument in call.Arguments)
                {
                    if (argument.Parameter is not { } parameter || parameter.Ordinal < skip) continue;

                    // Insertion by ordinal (the arguments are nearly always in order already).
                    int at = arguments.Count;
                    while (at > 0 && arguments[at - 1].Parameter!.Ordinal > parameter.Ordinal) at--;
                    arguments.Insert(at, argument);
                }

                return arguments;
            }
        }

        /// <summary>The keyword of the first <c>[ConfigKeyword]</c> on the method (or on the method it overrides).</summary>
        public static string? Keyword(IMethodSymbol method)
        {
            var definition = method.ReducedFrom ?? method;
            definition = definition.OriginalDefinition;
            for (var current = definition; current is not null; current = current.OverriddenMethod)
            {
                foreach (var attribute in current.GetAttributes())
                {
                    if (SymbolNames.IsType(attribute.AttributeClass, "HaConfig", "Building", "ConfigKeywordAttribute") &&
                        attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string keyword)
                    {
                        return keyword;
                    }
                }
            }

            return null;
        }

        /// <summary>The member-access name of an invocation (<c>Server</c> in <c>b.Server(...)</c>), for locations.</summary>
        public static SyntaxNode NameOf(SyntaxNode invocation) =>
            invocation is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } ? member.Name : invocation;
    }
}
