namespace YouthJustice.Domain.Disposals.Limits;

/// <summary>Checks and normalises the terms of orders: whole calendar units only (years, months, weeks, days).</summary>
internal static class Terms
{
    /// <summary>Throws unless the period has only date units, none negative, and is not zero.</summary>
    internal static Period CheckTerm(Period? term, string paramName)
    {
        Preconditions.CheckNotNull(term, paramName);
        Preconditions.CheckArgument(
            !term!.HasTimeComponent,
            paramName,
            "A term is given in years, months, weeks and days only; it has a time component.");
        Preconditions.CheckArgument(
            term.Years >= 0 && term.Months >= 0 && term.Weeks >= 0 && term.Days >= 0 && term != Period.Zero,
            paramName,
            "A term must be positive: no negative units and not zero.");
        return term;
    }

    /// <summary>The term as whole months and remaining days (years are 12 months, weeks 7 days).</summary>
    internal static (int Months, int Days) MonthsAndDays(Period term)
        => (checked((term.Years * 12) + term.Months), checked((term.Weeks * 7) + term.Days));

    /// <summary>The term as months and days only (years as 12 months, weeks as 7 days).</summary>
    internal static Period Normalize(Period term)
    {
        var (months, days) = MonthsAndDays(term);
        return Period.FromMonths(months) + Period.FromDays(days);
    }

    /// <summary>Whether the term is a whole number of months (no days).</summary>
    internal static bool IsWholeMonths(Period term, out int months)
    {
        (months, var days) = MonthsAndDays(term);
        return days == 0;
    }

    /// <summary>The term in words, for messages: "13 months", "3 years and 1 day".</summary>
    internal static string Describe(Period term)
    {
        var (months, days) = MonthsAndDays(term);
        var parts = new System.Collections.Generic.List<string>();
        if (months > 0)
        {
            parts.Add(months == 1 ? "1 month" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{months} months"));
        }

        if (days > 0)
        {
            parts.Add(days == 1 ? "1 day" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{days} days"));
        }

        return string.Join(" and ", parts);
    }

    internal static int Compare(LocalDate start, Period term, int months)
        => start.Plus(term).CompareTo(start.PlusMonths(months));

    internal static bool IsAtLeast(LocalDate start, Period term, int months) => Compare(start, term, months) >= 0;
}
