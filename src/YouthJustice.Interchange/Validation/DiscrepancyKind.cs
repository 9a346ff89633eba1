namespace YouthJustice.Interchange.Validation;

/// <summary>What kind of difference <see cref="ReturnValidator"/> found between another system's return and ours.</summary>
public enum DiscrepancyKind
{
    /// <summary>A measure's numerator, denominator or value differs.</summary>
    Measure,

    /// <summary>One type-of-order cell of a measure differs.</summary>
    Split,

    /// <summary>Their return has a measure id we do not compute.</summary>
    UnknownMeasure,

    /// <summary>The number of children in the cohort differs.</summary>
    CohortSize,

    /// <summary>A child excluded in one return is not excluded, or excluded for another reason, in the other.</summary>
    Exclusion,

    /// <summary>A child's status on a measure differs (their per-child list).</summary>
    Child,

    /// <summary>Their return is for another service than the data (decision IX-R4).</summary>
    Service,
}
