using System;

namespace YouthJustice.Kpi.Engine;

/// <summary>A growing array of rows for <see cref="CaseTableBuilder"/>: appended to child after child, then trimmed once.</summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class RowBuffer<T>
{
    private T[] _items;

    public RowBuffer(int capacity) => _items = new T[Math.Max(capacity, 4)];

    /// <summary>The number of rows appended.</summary>
    public int Count { get; private set; }

    /// <summary>The row at <paramref name="index"/>, which must be below <see cref="Count"/>.</summary>
    public ref T this[int index] => ref _items[index];

    /// <summary>Appends a row.</summary>
    public void Add(in T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, checked(_items.Length * 2));
        }

        _items[Count++] = item;
    }

    /// <summary>The rows, in an array of exactly <see cref="Count"/>; the buffer must not be used afterwards.</summary>
    public T[] ToArray()
    {
        if (_items.Length != Count)
        {
            Array.Resize(ref _items, Count);
        }

        return _items;
    }
}
