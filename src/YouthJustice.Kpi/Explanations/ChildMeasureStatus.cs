namespace YouthJustice.Kpi.Explanations;

/// <summary>
/// Where one child stands on one measure. Missing data is never mistaken for failure: a child with no record at the
/// time point is in the denominator with <see cref="NoData"/>, in neither the "met" nor the "not met" numerator.
/// </summary>
public enum ChildMeasureStatus
{
    /// <summary>The child is not in this measure's denominator (for example: no identified need).</summary>
    NotInDenominator = 0,

    /// <summary>In the denominator and the numerator.</summary>
    Met = 1,

    /// <summary>In the denominator; a record shows the measure was not met.</summary>
    NotMet = 2,

    /// <summary>In the denominator only: no record was there to decide (kpi-rules §1.4).</summary>
    NoData = 3,
}
