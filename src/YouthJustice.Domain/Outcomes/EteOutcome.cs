namespace YouthJustice.Domain.Outcomes;

/// <summary>A child's education, training or employment on a follow-up date.</summary>
public enum EteOutcome
{
    /// <summary>The date has not been reached: not counted.</summary>
    NotYetDue = 0,

    /// <summary>In ETE, and every ETE record open that day is recorded as suitable.</summary>
    SuitableEte = 1,

    /// <summary>In ETE, but at least one record open that day is unsuitable or has no recorded suitability.</summary>
    EteNotSuitable = 2,

    /// <summary>Only "no ETE" records open that day.</summary>
    NoEte = 3,

    /// <summary>No ETE record covers the day.</summary>
    NotRecorded = 4,
}
