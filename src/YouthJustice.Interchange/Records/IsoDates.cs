using NodaTime;

namespace YouthJustice.Interchange.Records;

/// <summary>
/// The fast reading of a date written <c>yyyy-MM-dd</c> from a span, without a string or NodaTime's pattern parser.
/// It accepts only what <c>LocalDatePattern.Iso</c> reads to the same date (four digits, a dash, two digits, a dash,
/// two digits, a day that exists); anything else is left to the pattern, which gives the error message.
/// </summary>
internal static class IsoDates
{
    internal static bool TryParse(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
