namespace YouthJustice.Domain.Disposals.Limits;

/// <summary>What the bounds of a <see cref="LegalLimit"/> count.</summary>
public enum LimitUnit
{
    /// <summary>Calendar months (a term or period, compared by date arithmetic from its start).</summary>
    Months = 0,

    /// <summary>Days.</summary>
    Days = 1,

    /// <summary>Hours in aggregate.</summary>
    Hours = 2,

    /// <summary>Hours in any one day.</summary>
    HoursPerDay = 3,

    /// <summary>Hours in any period of 7 consecutive days.</summary>
    HoursPerSevenDays = 4,

    /// <summary>Pounds sterling.</summary>
    Pounds = 5,

    /// <summary>Age in whole years on the date the rule looks at.</summary>
    YearsOfAge = 6,
}
