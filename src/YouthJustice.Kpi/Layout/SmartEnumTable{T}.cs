namespace YouthJustice.Kpi.Engine;

/// <summary>A rule over a closed set as a lookup by the member's value (<see cref="SmartEnumTable"/>).</summary>
/// <typeparam name="T">What the rule gives.</typeparam>
internal readonly struct SmartEnumTable<T>
{
    private readonly T[] _values;
    private readonly T _otherwise;

    internal SmartEnumTable(T[] values, T otherwise)
    {
        _values = values;
        _otherwise = otherwise;
    }

    /// <summary>The number of values the table holds (one more than the largest member value).</summary>
    public int Length => _values.Length;

    /// <summary>What the rule gives for the member with this value; the table's <c>otherwise</c> for any other value.</summary>
    /// <param name="value">A member's value, or anything else.</param>
    public T this[int value] => unchecked((uint)value < (uint)_values.Length) ? _values[value] : _otherwise;
}
