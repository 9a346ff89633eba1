namespace YouthJustice.Kpi.Engine;

/// <summary>What <see cref="OutcomeChecks.AppealAndResidence"/> found of one legal outcome, in the order the checks apply.</summary>
internal enum OutcomeCheck
{
    /// <summary>Not overturned and resident: the outcome may count.</summary>
    Passed = 0,

    /// <summary>Changed on appeal or the appeal succeeded (kpi-rules §1.2.3).</summary>
    Overturned,

    /// <summary>No appeal status recorded, under a profile that follows yjaf-case-level §6.1.</summary>
    AppealStatusNotRecorded,

    /// <summary>Resident in another area (kpi-rules §1.2.4).</summary>
    NotResident,

    /// <summary>No residence recorded, under a profile that follows yjaf-case-level §6.1.</summary>
    ResidenceNotRecorded,
}
