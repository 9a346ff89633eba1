namespace YouthJustice.Domain;

/// <summary>The one check that a recorded period does not end before it starts.</summary>
internal static class DatePeriods
{
    internal static void CheckOrder(LocalDate? start, LocalDate? end, string endParamName, string startParamName = "start")
    {
        if (start is { } s && end is { } e && e < s)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The {endParamName} {e:yyyy-MM-dd} is before the {startParamName} {s:yyyy-MM-dd}."),
                endParamName);
        }
    }

    internal static LocalDate Required(LocalDate date, string paramName)
    {
        if (date == Time.NoDate.Sentinel)
        {
            throw new ArgumentException("The date is required; 1900-01-01 means 'no date' and cannot be used here.", paramName);
        }

        return date;
    }
}
