namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// A measure read against its target at a review, for target-variance schemes such as
/// <see cref="TargetVarianceRagScheme"/>: target, current value, previous value and which direction is better.
/// </summary>
/// <param name="Target">The target value.</param>
/// <param name="Actual">The value at this review.</param>
/// <param name="PreviousActual">The value at the previous review, or <see langword="null"/> when there is none.</param>
/// <param name="Polarity">Which direction is better.</param>
public sealed record PerformanceReading(decimal Target, decimal Actual, decimal? PreviousActual, Polarity Polarity);
