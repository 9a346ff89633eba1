using System.Numerics;

namespace YouthJustice.Domain;

/// <summary>
/// Argument checks used by constructors so that a domain value can never hold an invalid state.
/// Every message names the parameter, the value given and what is allowed.
/// </summary>
internal static class Preconditions
{
    /// <summary>The value, when it is between the bounds (inclusive); otherwise an <see cref="ArgumentOutOfRangeException"/>.</summary>
    internal static T CheckRange<T>(T value, string paramName, T minInclusive, T maxInclusive)
        where T : INumber<T>
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"Value must be between {minInclusive} and {maxInclusive} inclusive; was {value}."));
        }

        return value;
    }

    internal static T CheckNotNull<T>(T? value, string paramName)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    internal static string CheckNotBlank(string? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be null, empty or white space.", paramName);
        }

        return value;
    }

    internal static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
