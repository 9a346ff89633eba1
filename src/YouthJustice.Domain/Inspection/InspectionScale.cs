namespace YouthJustice.Domain.Inspection;

/// <summary>How an inspection framework rates what it inspects.</summary>
public enum InspectionScale
{
    /// <summary>The four-point <see cref="InspectionRating"/> per standard and overall (HMIP youth inspections from 2018).</summary>
    FourPointRating = 0,

    /// <summary>Stars out of four per area, no overall rating (full joint inspections before 2018).</summary>
    StarsOutOfFour = 1,
}
