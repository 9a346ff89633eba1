using System;
using System.Collections.Generic;
using Ardalis.SmartEnum;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The one way the engine turns a rule over a closed set (a <see cref="SmartEnum{TEnum}"/>) into a lookup by value for
/// the hot path: the rule is asked once per member when the table is built, and a value that is not a member (0 for
/// "not recorded", or anything out of range) reads as the table's <c>otherwise</c>. The domain's property stays the
/// source of truth; the table is only its fast form.
/// </summary>
internal static class SmartEnumTable
{
    /// <summary>A table of <paramref name="rule"/> over every member of <typeparamref name="TEnum"/>, by value.</summary>
    /// <typeparam name="TEnum">The closed set.</typeparam>
    /// <typeparam name="T">What the rule gives.</typeparam>
    /// <param name="rule">The rule, asked once per member.</param>
    /// <param name="otherwise">What a value that is not a member reads as.</param>
    /// <returns>The table.</returns>
    public static SmartEnumTable<T> Of<TEnum, T>(Func<TEnum, T> rule, T otherwise)
        where TEnum : SmartEnum<TEnum>
    {
        var values = new T[Size<TEnum>()];
        Array.Fill(values, otherwise);
        foreach (var member in SmartEnum<TEnum>.List)
        {
            values[member.Value] = rule(member);
        }

        return new SmartEnumTable<T>(values, otherwise);
    }

    /// <summary>A yes/no table of <paramref name="rule"/>; a value that is not a member reads as <see langword="false"/>.</summary>
    /// <typeparam name="TEnum">The closed set.</typeparam>
    /// <param name="rule">The rule, asked once per member.</param>
    /// <returns>The table.</returns>
    public static SmartEnumTable<bool> Flags<TEnum>(Func<TEnum, bool> rule)
        where TEnum : SmartEnum<TEnum>
        => Of(rule, false);

    /// <summary>The members of <typeparamref name="TEnum"/> in the order of <paramref name="rank"/> (by value when not given), for columns and measure lists.</summary>
    /// <typeparam name="TEnum">The closed set.</typeparam>
    /// <param name="rank">The sort key, or <see langword="null"/> for the value.</param>
    /// <returns>A new array of every member.</returns>
    public static TEnum[] Ordered<TEnum>(Func<TEnum, int>? rank = null)
        where TEnum : SmartEnum<TEnum>
    {
        var members = new List<TEnum>(SmartEnum<TEnum>.List);
        var key = rank ?? (m => m.Value);
        members.Sort((a, b) => key(a).CompareTo(key(b)));
        return [.. members];
    }

    /// <summary>One more than the largest value of <typeparamref name="TEnum"/>: the length of a table by value.</summary>
    /// <typeparam name="TEnum">The closed set.</typeparam>
    /// <returns>The size.</returns>
    /// <exception cref="InvalidOperationException">A member has a negative value, which no table by value can hold.</exception>
    public static int Size<TEnum>()
        where TEnum : SmartEnum<TEnum>
    {
        var size = 0;
        foreach (var member in SmartEnum<TEnum>.List)
        {
            if (member.Value < 0)
            {
                throw new InvalidOperationException($"{typeof(TEnum).Name}.{member.Name} has the negative value {member.Value}; a table by value cannot hold it.");
            }

            size = Math.Max(size, checked(member.Value + 1));
        }

        return size;
    }
}
