namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// RAG by performance against target, as the London Borough of Havering rated its 2014 measures: green on target or
/// within the tolerance (10 %); amber more than the tolerance off target but improved or maintained since the previous
/// reading; red more than the tolerance off target and worse than before.
/// </summary>
/// <remarks>
/// <para>
/// "Off target" is measured as the shortfall in the measure's worse direction, relative to the target:
/// shortfall ÷ |target|. A reading better than target is green. With a target of zero, any shortfall is beyond
/// tolerance. With no previous reading, improvement cannot be shown and a reading beyond tolerance is red.
/// </para>
/// <para>
/// An action completed on or before the date is blue, as in the default scheme; an action with no
/// <see cref="ActionProgress.Reading"/> gets no suggestion (rule <c>no-reading</c>).
/// </para>
/// </remarks>
[Source("London Borough of Havering performance report 2014: RAG against target with a 10% tolerance", Url = "https://democracy.havering.gov.uk/mgAi.aspx?ID=7435", Confidence = Confidence.High)]
public sealed class TargetVarianceRagScheme : IRagScheme
{
    /// <summary>Creates the scheme with a tolerance.</summary>
    /// <param name="tolerancePercent">How far off target (in % of the target) still counts as green: 0-100.</param>
    public TargetVarianceRagScheme(decimal tolerancePercent)
    {
        TolerancePercent = Preconditions.CheckRange(tolerancePercent, nameof(tolerancePercent), 0m, 100m);
    }

    /// <summary>Havering's scheme: 10 % tolerance.</summary>
    public static TargetVarianceRagScheme Havering { get; } = new(10m);

    /// <summary>How far off target (in % of the target) still counts as green.</summary>
    public decimal TolerancePercent { get; }

    /// <inheritdoc />
    public string Name => string.Create(CultureInfo.InvariantCulture, $"Performance against target ({TolerancePercent} % tolerance)");

    /// <inheritdoc />
    public RagSuggestion Suggest(PlanAction action, ActionProgress progress, LocalDate asAt)
    {
        Preconditions.CheckNotNull(action, nameof(action));
        Preconditions.CheckNotNull(progress, nameof(progress));
        if (progress.CompletedOn is { } completed && completed <= asAt)
        {
            return new RagSuggestion(ActionStatus.Blue, "complete", string.Create(CultureInfo.InvariantCulture, $"Completed on {completed:uuuu-MM-dd}."));
        }

        if (progress.Reading is not { } reading)
        {
            return new RagSuggestion(null, "no-reading", "No performance reading against target was reported.");
        }

        var shortfall = reading.Polarity == Polarity.HigherIsBetter ? reading.Target - reading.Actual : reading.Actual - reading.Target;
        var allowed = Math.Abs(reading.Target) * TolerancePercent / 100m;
        if (shortfall <= allowed)
        {
            return new RagSuggestion(ActionStatus.Green, "within-tolerance", Text($"{reading.Actual} against a target of {reading.Target}: on target or within {TolerancePercent} %."));
        }

        if (reading.PreviousActual is { } previous)
        {
            var improvedOrMaintained = reading.Polarity == Polarity.HigherIsBetter ? reading.Actual >= previous : reading.Actual <= previous;
            return improvedOrMaintained
                ? new RagSuggestion(ActionStatus.Amber, "off-target-improving", Text($"{reading.Actual} against a target of {reading.Target}: more than {TolerancePercent} % off target but improved or maintained since {previous}."))
                : new RagSuggestion(ActionStatus.Red, "off-target-worsening", Text($"{reading.Actual} against a target of {reading.Target}: more than {TolerancePercent} % off target and worse than {previous}."));
        }

        return new RagSuggestion(ActionStatus.Red, "off-target-no-previous", Text($"{reading.Actual} against a target of {reading.Target}: more than {TolerancePercent} % off target, with no previous reading to show improvement."));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
