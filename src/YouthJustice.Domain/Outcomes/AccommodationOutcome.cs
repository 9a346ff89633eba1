namespace YouthJustice.Domain.Outcomes;

/// <summary>A child's accommodation on a follow-up date.</summary>
public enum AccommodationOutcome
{
    /// <summary>The date has not been reached: not counted.</summary>
    NotYetDue = 0,

    /// <summary>Every accommodation record open that day is suitable (bed and breakfast, no fixed abode and unknown never are).</summary>
    Suitable = 1,

    /// <summary>At least one record open that day is unsuitable or has no recorded suitability.</summary>
    NotSuitable = 2,

    /// <summary>No accommodation record covers the day.</summary>
    NotRecorded = 3,
}
