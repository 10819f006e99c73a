using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace HaConfig.Fuzz
{
    /// <summary>
    /// Reads every public property of the typed model reachable from a configuration (sections, directives, servers,
    /// their typed values), so that a view that throws on odd input is found without listing the views by hand: a new
    /// property is fuzzed the day it is added. Objects are visited once; the walk stops at a fixed depth.
    /// </summary>
    internal static class ModelWalker
    {
        private const int MaxDepth = 6;

        private static readonly ConcurrentDictionary<Type, Getter[]> Getters = new();

        /// <summary>Walks the model below <paramref name="root"/>; returns how many values were read.</summary>
        public static int Touch(object root)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            return Visit(root, 0, seen);
        }

        private static int Visit(object? value, int depth, HashSet<object> seen)
        {
            if (value is null || value is string || depth > MaxDepth) return 0;
            var type = value.GetType();
            if (type.IsPrimitive || type.IsEnum) return 0;
            if (!type.IsValueType && !seen.Add(value)) return 0;

            int count = 1;
            if (value is IEnumerable items && !IsModel(type))
            {
                foreach (var item in items) count += Visit(item, depth + 1, seen);
                return count;
            }

            if (!IsModel(type)) return count;
            foreach (var getter in Getters.GetOrAdd(type, Readable))
            {
                object? read;
                try
                {
                    read = getter.Read(value);
                }
                catch (Exception e)
                {
                    throw new FuzzFailure($"{type.Name}.{getter.Name} threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                }

                count += Visit(read, depth + 1, seen);
            }

            return count;
        }

        private static bool IsModel(Type type) => type.Namespace?.StartsWith("HaConfig", StringComparison.Ordinal) == true;

        // Compiled getters: reflection's GetValue costs more than most of the properties it reads.
        private static Getter[] Readable(Type type) => type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Where(p => p.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p =>
            {
                var instance = Expression.Parameter(typeof(object), "instance");
                var read = Expression.Convert(Expression.Property(Expression.Convert(instance, type), p), typeof(object));
                return new Getter(p.Name, Expression.Lambda<Func<object, object?>>(read, instance).Compile());
            })
            .ToArray();

        private sealed record Getter(string Name, Func<object, object?> Read);
    }
}
