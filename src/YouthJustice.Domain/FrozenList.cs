namespace YouthJustice.Domain;

/// <summary>
/// The immutable lists the domain's records expose as <see cref="IReadOnlyList{T}"/>: an <see cref="ImmutableArray{T}"/>
/// boxed once when the record is made, so that reading the property does not box (and allocate) on every read; empty
/// lists share one instance per element type.
/// </summary>
internal static class FrozenList
{
    /// <summary>Copies <paramref name="items"/> (none when null) into an immutable list, refusing a null item.</summary>
    public static IReadOnlyList<T> Of<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        var list = Of(items);
        for (var i = 0; i < list.Count; i++)
        {
            Preconditions.CheckNotNull(list[i], paramName);
        }

        return list;
    }

    /// <summary>Copies <paramref name="items"/> (none when null) into an immutable list.</summary>
    public static IReadOnlyList<T> Of<T>(IEnumerable<T>? items)
    {
        var array = items?.ToImmutableArray() ?? [];
        return array.IsEmpty ? Empty<T>.Instance : array;
    }

    /// <summary>Whether two lists hold equal items in the same order.</summary>
    public static bool SequenceEqual<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static class Empty<T>
    {
        public static readonly IReadOnlyList<T> Instance = ImmutableArray<T>.Empty;
    }
}
