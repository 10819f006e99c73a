using System;

namespace HaConfig.Validation
{
    /// <summary>The edit distance behind every "did you mean" suggestion of the catalogue, for both formats.</summary>
    internal static class EditDistance
    {
        /// <summary>Levenshtein distance, giving up (returning <paramref name="limit"/> + 1) once every cell of a row exceeds it.</summary>
        public static int Compute(string a, string b, int limit)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) previous[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                int rowMin = current[0];
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    rowMin = Math.Min(rowMin, current[j]);
                }

                if (rowMin > limit) return limit + 1;
                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
